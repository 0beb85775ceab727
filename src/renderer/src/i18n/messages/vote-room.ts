import { defineMessages } from '../../../../shared/i18n/define-messages'

/** A voting round on the audience view. */
export const voteRoomMessages = defineMessages({
  nl: {
    'voteRoom.eyebrow': 'Stemronde'
  },
  en: {
    'voteRoom.eyebrow': 'Voting round'
  }
})
