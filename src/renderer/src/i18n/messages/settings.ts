import { defineMessages } from '../define-messages'

/** The app's settings, one button away on every page and in every session. */
export const settingsMessages = defineMessages({
  nl: {
    'settings.open': 'Instellingen',
    'settings.title': 'Instellingen',
    'settings.intro':
      'Gelden voor dit apparaat en blijven bewaard. De inhoud van de Kwaliteitskaart en het verslag blijven Nederlands.',
    'settings.done': 'Klaar'
  },
  en: {
    'settings.open': 'Settings',
    'settings.title': 'Settings',
    'settings.intro':
      'These apply to this device and are kept. The Kwaliteitskaart content and the report stay Dutch.',
    'settings.done': 'Done'
  }
})
