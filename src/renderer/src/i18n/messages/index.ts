import { appMessages } from './app'
import { cycleMessages } from './cycle'
import { desktopMessages } from './desktop'
import { joiningMessages } from './joining'
import { planMessages } from './plan'
import { progressMessages } from './progress'
import { quickscanMessages } from './quickscan'
import { referenceMessages } from './reference'
import { sessionMessages } from './session'
import { timerMessages } from './timer'
import { voteMessages } from './votes'

/** Every feature's messages; a key may be defined once only (checked by a unit test). */
export const messageModules = [
  appMessages,
  sessionMessages,
  planMessages,
  quickscanMessages,
  joiningMessages,
  timerMessages,
  referenceMessages,
  desktopMessages,
  progressMessages,
  voteMessages,
  cycleMessages
] as const

type Module = (typeof messageModules)[number]
export type MessageKey = Module extends infer M
  ? M extends { nl: infer D }
    ? keyof D
    : never
  : never
