import type { KeysOf } from '../../../../shared/i18n/define-messages'
import { errorMessages } from '../../../../shared/i18n/messages/errors'
import { appMessages } from './app'
import { cycleMessages } from './cycle'
import { desktopMessages } from './desktop'
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
  cycleMessages,
  desktopMessages,
  errorMessages
] as const

/** A key as callers write it: `t('qs.respondents', { count })` for `qs.respondents_one/_other`. */
export type MessageKey = KeysOf<(typeof messageModules)[number]>
