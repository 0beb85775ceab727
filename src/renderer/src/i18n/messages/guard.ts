import { defineMessages } from '../define-messages'

/** Nothing typed is lost, nothing leaks: questions before losing work, privacy choices. */
export const guardMessages = defineMessages({
  nl: {
    'report.attributionsHint':
      'Standaard uit: het verslag noemt dan niet wie wat zei. Samenspel onthoudt je keuze voor deze sessie.',
    'import.againTitle': 'Dit bestand staat al in Samenspel',
    'import.againBody':
      'Dit bestand staat al in Samenspel, als sessie "{title}" ({date}). Importeer je het opnieuw, dan komt er een tweede, gelijke sessie bij.',
    'import.againConfirm': 'Toch importeren',
    'import.againCancelled': 'Niet opnieuw geïmporteerd.'
  },
  en: {
    'report.attributionsHint':
      'Off by default: the report then does not say who said what. Samenspel remembers your choice for this session.',
    'import.againTitle': 'This file is already in Samenspel',
    'import.againBody':
      'This file is already in Samenspel, as the session "{title}" ({date}). Importing it again adds a second, identical session.',
    'import.againConfirm': 'Import anyway',
    'import.againCancelled': 'Not imported again.'
  }
})
