import { defineMessages } from '../define-messages'

/** Typing and editing a card on the laptop: the label menu, the length counter, long cards. */
export const cardEditingMessages = defineMessages({
  nl: {
    'cardEdit.tagMenu': 'Kies een label',
    'cardEdit.tagButton': 'Label ▾',
    'cardEdit.tagNone': 'Geen label',
    'cardEdit.prefixChosen': 'Label voor de volgende bijdrage: {tag}. Typ nu de tekst.',
    'cardEdit.counter': '{length} van {max} tekens',
    'cardEdit.tooLong': 'Te lang: {length} tekens, hoogstens {max}. Maak de tekst korter.',
    'cardEdit.showAll': 'Toon alles ({length} tekens)',
    'cardEdit.showLess': 'Toon minder'
  },
  en: {
    'cardEdit.tagMenu': 'Choose a tag',
    'cardEdit.tagButton': 'Tag ▾',
    'cardEdit.tagNone': 'No tag',
    'cardEdit.prefixChosen': 'Tag for the next contribution: {tag}. Now type the text.',
    'cardEdit.counter': '{length} of {max} characters',
    'cardEdit.tooLong': 'Too long: {length} characters, at most {max}. Please shorten it.',
    'cardEdit.showAll': 'Show all ({length} characters)',
    'cardEdit.showLess': 'Show less'
  }
})
