import { defineMessages } from '../define-messages'

/** A fresh join code, so a device that was removed cannot simply join again. */
export const joiningCodeMessages = defineMessages({
  nl: {
    'joinCode.renew': 'Geef een nieuwe code',
    'joinCode.hint':
      'De oude code werkt dan niet meer voor nieuwe deelnemers; wie al meedoet, blijft meedoen.',
    'joinCode.afterRemove':
      'Een verwijderd apparaat kan met dezelfde code opnieuw meedoen. Geef een nieuwe code als dat niet de bedoeling is.',
    'joinCode.renewed': 'Nieuwe code: {code}. Toon hem op het scherm voor wie nog wil meedoen.'
  },
  en: {
    'joinCode.renew': 'Give a new code',
    'joinCode.hint':
      'The old code then stops working for new participants; whoever takes part already stays.',
    'joinCode.afterRemove':
      'A removed device can join again with the same code. Give a new code if that is not what you want.',
    'joinCode.renewed': 'New code: {code}. Show it on the screen for whoever still wants to join.'
  }
})
