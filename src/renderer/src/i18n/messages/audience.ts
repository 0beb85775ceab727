import { defineMessages } from '../define-messages'

/** The audience view (projector window, presenter mode), themes and the shortcut list. */
export const audienceMessages = defineMessages({
  nl: {
    'audience.label': 'Wat de zaal ziet',
    'audience.waiting': 'Wachten op de sessie…',
    'audience.rating': 'Zelfevaluatie van het team: {rating} ({label})',
    'audience.page': 'Pagina {page} van {pages}',
    'audience.cards_one': '{count} bijdrage',
    'audience.cards_other': '{count} bijdragen',
    'audience.blanked': 'Scherm is zwart',
    'audience.blankedIndicator': 'Scherm is zwart — druk op een toets om het terug te halen',
    'audience.join.title': 'Doe mee op je telefoon',
    'audience.join.scan': 'Scan de QR-code of ga naar',
    'audience.join.code': 'Code',
    'audience.join.paused': 'Meedoen staat even stil',
    'audience.join.qrAlt': 'QR-code: opent {url} met de code al ingevuld',
    'audience.composer': 'Nieuwe bijdrage op het scherm',
    'audience.composerHint': 'N verbergt deze balk · Esc stopt met presenteren',
    'audience.skipToQuestion': 'Naar de huidige vraag',
    'theme.label': 'Thema',
    'theme.light': 'Licht',
    'theme.dark': 'Donker',
    'theme.contrast': 'Hoog contrast',
    'toolbar.showJoin': 'Meedoen op het scherm (J)',
    'toolbar.shortcuts': 'Sneltoetsen (?)',
    'cards.merged': 'Samengevoegd met de bijdrage erboven: “{text}”',
    'shortcuts.title': 'Sneltoetsen',
    'shortcuts.keys': 'Toets',
    'shortcuts.action': 'Wat het doet',
    'shortcut.next':
      'Volgende / vorige pagina met bijdragen op het scherm, daarna het volgende / vorige scherm (een presenter-clicker stuurt PageDown/PageUp)',
    'shortcut.add':
      'Voegt de bijdrage toe; begin met "+ ", "- " of "! " voor gaat goed, kan beter of idee',
    'shortcut.who': 'Kiest wie het zegt',
    'shortcut.cardFocus':
      'Vorige / volgende bijdrage, eerste / laatste bijdrage (een lijst is één tabstop)',
    'shortcut.cardKeys':
      'Bewerken, verwijderen, verplaatsen, labelen, meenemen naar het actieplan, goedkeuren, verbergen voor de zaal, samenvoegen met de bijdrage erboven',
    'shortcut.undo': 'Haalt de laatst verwijderde of samengevoegde bijdrage terug',
    'shortcut.blank':
      'Maakt het scherm van de zaal zwart (elke toets haalt het terug); je eigen scherm blijft',
    'shortcut.join': 'Toont of verbergt adres, code en QR-code om mee te doen op het scherm',
    'shortcut.composer': 'Bij presenteren: toont of verbergt de balk "Nieuwe bijdrage"',
    'shortcut.textSize': 'Tekst groter / kleiner / normaal',
    'shortcut.timer': 'Start of pauzeert de timer van de vraag',
    'shortcut.help': 'Toont deze lijst',
    'shortcut.escape':
      'Sluit een paneel of venster (de focus gaat terug naar waar hij was), of stopt met presenteren'
  },
  en: {
    'audience.label': 'What the room sees',
    'audience.waiting': 'Waiting for the session…',
    'audience.rating': "The team's self-assessment: {rating} ({label})",
    'audience.page': 'Page {page} of {pages}',
    'audience.cards_one': '{count} contribution',
    'audience.cards_other': '{count} contributions',
    'audience.blanked': 'Screen is black',
    'audience.blankedIndicator': 'Screen is black — press any key to bring it back',
    'audience.join.title': 'Join on your phone',
    'audience.join.scan': 'Scan the QR code, or go to',
    'audience.join.code': 'Code',
    'audience.join.paused': 'Joining is paused for a moment',
    'audience.join.qrAlt': 'QR code: opens {url} with the code filled in',
    'audience.composer': 'New contribution on the screen',
    'audience.composerHint': 'N hides this bar · Esc stops presenting',
    'audience.skipToQuestion': 'To the current question',
    'theme.label': 'Theme',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'theme.contrast': 'High contrast',
    'toolbar.showJoin': 'Joining on the screen (J)',
    'toolbar.shortcuts': 'Shortcuts (?)',
    'cards.merged': 'Merged into the card above: “{text}”',
    'shortcuts.title': 'Keyboard shortcuts',
    'shortcuts.keys': 'Key',
    'shortcuts.action': 'What it does',
    'shortcut.next':
      "next / previous page of cards on the audience view, then the next / previous screen (a presenter's clicker sends PageDown/PageUp)",
    'shortcut.add':
      'Adds the card; start with "+ ", "- " or "! " to tag it went well, could be better or idea',
    'shortcut.who': 'Chooses who says it',
    'shortcut.cardFocus': 'Previous / next card, first / last card (a card list is one tab stop)',
    'shortcut.cardKeys':
      'Edit in place, delete, move, tag, mark for the action plan, approve, hide from the audience view, merge into the card above',
    'shortcut.undo': 'Brings back the last deleted or merged card',
    'shortcut.blank': 'Blanks the audience view (any key brings it back); your own screen stays',
    'shortcut.join': 'Shows or hides the join address, code and QR code on the audience view',
    'shortcut.composer': 'In presenter mode: shows or hides the "Nieuwe bijdrage" bar',
    'shortcut.textSize': 'Text larger / smaller / normal',
    'shortcut.timer': "starts or pauses the question's timer",
    'shortcut.help': 'Lists these shortcuts',
    'shortcut.escape':
      'Closes a panel or dialog (focus goes back where it was), or leaves presenter mode'
  }
})
