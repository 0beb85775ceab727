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
    'import.againCancelled': 'Niet opnieuw geïmporteerd.',
    'qs.private.label': 'Quickscan privé invullen',
    'privacy.found': 'Bevat misschien persoonsgegevens ({what}): {found}.',
    'privacy.kind.naam': 'een naam',
    'privacy.kind.e-mail': 'een e-mailadres',
    'privacy.kind.telefoon': 'een telefoonnummer',
    'privacy.kind.bsn': 'een BSN',
    'privacy.anonymise': 'Anonimiseer (Alt+A)',
    'participants.creditedTitle': '{name} verwijderen?',
    'participants.creditedBody_one':
      '{name} staat als naam bij {count} bijdrage. Verwijder je {name}, dan staat die bijdrage er verder zonder naam.',
    'participants.creditedBody_other':
      '{name} staat als naam bij {count} bijdragen. Verwijder je {name}, dan staan die bijdragen er verder zonder naam.',
    'qs.removeCompletedTitle': 'Ingevulde quickscan verwijderen?',
    'qs.removeCompletedBody':
      '{name} heeft de quickscan helemaal ingevuld. Verwijder je deze invuller, dan tellen de 49 antwoorden en de cijfers niet meer mee. Je kunt het daarna nog ongedaan maken.',
    'qs.removed': 'Invuller verwijderd: {name}',
    'qs.removedAnonymous': 'Anonieme invuller verwijderd',
    'qs.private.passOnTitle': 'Dank je wel!',
    'qs.private.passOnBody':
      'Je antwoorden zijn bewaard en staan niet meer op het scherm. Geef de laptop door aan de volgende persoon, of aan de gespreksleider.',
    'qs.private.handBack': 'Teruggeven aan de gespreksleider',
    'qs.private.handBackTitle': 'Laptop teruggeven aan de gespreksleider?',
    'qs.private.handBackBody':
      'Alleen voor de gespreksleider: daarna is de rest van Samenspel weer te zien, met het overzicht van de quickscan en de uitkomst.',
    'qs.private.handBackConfirm': 'Ik ben de gespreksleider',
    'qs.resumeHint':
      'Gaat verder waar je was. Eerder gegeven antwoorden blijven verborgen, ook als je terugbladert.'
  },
  en: {
    'report.attributionsHint':
      'Off by default: the report then does not say who said what. Samenspel remembers your choice for this session.',
    'import.againTitle': 'This file is already in Samenspel',
    'import.againBody':
      'This file is already in Samenspel, as the session "{title}" ({date}). Importing it again adds a second, identical session.',
    'import.againConfirm': 'Import anyway',
    'import.againCancelled': 'Not imported again.',
    'qs.private.label': 'Answering the quickscan privately',
    'privacy.found': 'May hold personal data ({what}): {found}.',
    'privacy.kind.naam': 'a name',
    'privacy.kind.e-mail': 'an e-mail address',
    'privacy.kind.telefoon': 'a phone number',
    'privacy.kind.bsn': 'a citizen service number',
    'privacy.anonymise': 'Anonymise (Alt+A)',
    'participants.creditedTitle': 'Remove {name}?',
    'participants.creditedBody_one':
      '{name} is named on {count} card. If you remove {name}, that card stays without a name.',
    'participants.creditedBody_other':
      '{name} is named on {count} cards. If you remove {name}, those cards stay without a name.',
    'qs.removeCompletedTitle': 'Remove a completed quickscan?',
    'qs.removeCompletedBody':
      '{name} completed the whole quickscan. If you remove this respondent, the 49 answers and the grades no longer count. You can still undo it afterwards.',
    'qs.removed': 'Respondent removed: {name}',
    'qs.removedAnonymous': 'Anonymous respondent removed',
    'qs.private.passOnTitle': 'Thank you!',
    'qs.private.passOnBody':
      'Your answers are saved and no longer on the screen. Pass the laptop on to the next person, or to the facilitator.',
    'qs.private.handBack': 'Hand back to the facilitator',
    'qs.private.handBackTitle': 'Hand the laptop back to the facilitator?',
    'qs.private.handBackBody':
      'For the facilitator only: after this the rest of Samenspel is visible again, with the quickscan overview and the result.',
    'qs.private.handBackConfirm': 'I am the facilitator',
    'qs.resumeHint':
      'Continues where you were. Answers given before stay hidden, even when you page back.'
  }
})
