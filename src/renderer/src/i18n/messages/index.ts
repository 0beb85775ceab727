import { appMessages } from './app'
import { boardMessages } from './board'
import { joiningMessages } from './joining'
import { planMessages } from './plan'
import { quickscanMessages } from './quickscan'
import { referenceMessages } from './reference'
import { sessionMessages } from './session'
import { timerMessages } from './timer'

/** Every feature's messages; a key may be defined once only (checked by a unit test). */
export const messageModules = [
  appMessages,
  sessionMessages,
  planMessages,
  quickscanMessages,
  joiningMessages,
  timerMessages,
  referenceMessages,
  boardMessages
] as const

type Module = (typeof messageModules)[number]
export type MessageKey = Module extends infer M
  ? M extends { nl: infer D }
    ? keyof D
    : never
  : never
