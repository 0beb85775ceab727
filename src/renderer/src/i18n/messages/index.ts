import { appMessages } from './app'
import { referenceMessages } from './reference'
import { sessionMessages } from './session'
import { timerMessages } from './timer'

/** Every feature's messages; a key may be defined once only (checked by a unit test). */
export const messageModules = [
  appMessages,
  sessionMessages,
  timerMessages,
  referenceMessages
] as const

type Module = (typeof messageModules)[number]
export type MessageKey = Module extends infer M
  ? M extends { nl: infer D }
    ? keyof D
    : never
  : never
