import type { KeysOf } from '../../../../shared/i18n/define-messages'
import { errorMessages } from '../../../../shared/i18n/messages/errors'
import { appMessages } from './app'
import { audienceMessages } from './audience'
import { boardMessages } from './board'
import { cardEditingMessages } from './card-editing'
import { heldCardsMessages } from './held-cards'
import { settingsMessages } from './settings'
import { cycleMessages } from './cycle'
import { desktopMessages } from './desktop'
import { guardMessages } from './guard'
import { joiningMessages } from './joining'
import { joiningCodeMessages } from './joining-code'
import { planMessages } from './plan'
import { progressMessages } from './progress'
import { quickscanMessages } from './quickscan'
import { referenceMessages } from './reference'
import { safetyMessages } from './safety'
import { sessionMessages } from './session'
import { timerMessages } from './timer'
import { voteMessages } from './votes'
import { voteRoomMessages } from './vote-room'

/** Every feature's messages; a key may be defined once only (checked by a unit test). */
export const messageModules = [
  appMessages,
  sessionMessages,
  planMessages,
  quickscanMessages,
  joiningMessages,
  timerMessages,
  referenceMessages,
  audienceMessages,
  desktopMessages,
  progressMessages,
  voteMessages,
  voteRoomMessages,
  cycleMessages,
  errorMessages,
  safetyMessages,
  boardMessages,
  cardEditingMessages,
  heldCardsMessages,
  settingsMessages,
  joiningCodeMessages,
  guardMessages
] as const

/** A key as callers write it: `t('qs.respondents', { count })` for `qs.respondents_one/_other`. */
export type MessageKey = KeysOf<(typeof messageModules)[number]>
