import { defineMessages } from '../define-messages'

/**
 * The reference side panel. The names of the source documents stay Dutch in English too: they
 * are the titles of Dutch publications.
 */
export const referenceMessages = defineMessages({
  nl: {
    'reference.title': 'Naslag',
    'reference.close': 'Sluit',
    'reference.closeLabel': 'Naslag sluiten',
    'reference.contents': 'Inhoud van de naslag',
    'reference.source': 'Bron: {source}',
    'reference.paragraph': '§ {number}',
    'reference.sourceName.voortgangsgesprek': 'Gereedschap: het voortgangsgesprek',
    'reference.sourceName.notitie-ouderbetrokkenheid': 'Notitie ouderbetrokkenheid',
    'reference.sourceName.successFactors':
      'Gereedschapskist voor beter samenwerken met ouders (Lusse, 2013)',
    'reference.sourceName.kwaliteitskaart': 'Kwaliteitskaart voor schoolleiders (Windesheim, 2021)',
    'reference.factor': 'succesfactor {number}',
    'reference.newWindow': '(opent in een nieuw venster)'
  },
  en: {
    'reference.title': 'Reference',
    'reference.close': 'Close',
    'reference.closeLabel': 'Close reference',
    'reference.contents': 'Contents of the reference',
    'reference.source': 'Source: {source}',
    'reference.paragraph': '§ {number}',
    'reference.sourceName.voortgangsgesprek': 'Gereedschap: het voortgangsgesprek',
    'reference.sourceName.notitie-ouderbetrokkenheid': 'Notitie ouderbetrokkenheid',
    'reference.sourceName.successFactors':
      'Gereedschapskist voor beter samenwerken met ouders (Lusse, 2013)',
    'reference.sourceName.kwaliteitskaart': 'Kwaliteitskaart voor schoolleiders (Windesheim, 2021)',
    'reference.factor': 'success factor {number}',
    'reference.newWindow': '(opens in a new window)'
  }
})
