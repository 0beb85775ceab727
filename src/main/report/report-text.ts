import type { ActionStatus } from '../../shared/domain/action-plan'
import type { Verdict } from '../../shared/domain/quickscan-merge'
import type { ContributionTag, ConversationFormStatus } from '../../shared/domain/workspace'

/**
 * Every fixed Dutch word of the Word report, in one place, so whoever edits the report's wording
 * edits only this file. This is report text, not UI text: it is not translated.
 */
export const reportText = {
  documentTitle: 'Actieplan samenwerken met ouders',
  creator: 'Samenspel',
  description: (title: string, date: string) =>
    `Verslag en actieplan van de teambijeenkomst “${title}” van ${date}, gemaakt met Samenspel.`,
  fileNamePrefix: 'Actieplan',

  cover: {
    kicker: 'Samenwerken met ouders · verslag en actieplan',
    school: 'School',
    team: 'Team',
    date: 'Datum',
    facilitator: 'Gespreksleider',
    participants: 'Deelnemers',
    noParticipants: 'Geen deelnemers vastgelegd.'
  },
  tableOfContents: 'Inhoud',
  footerPage: 'Pagina ',
  footerOf: ' van ',

  summary: {
    heading: 'Samenvatting',
    priorities: 'Prioriteiten',
    noActions: 'Er staan nog geen acties in het actieplan.',
    topActions: 3,
    owner: (owner: string) => `wie: ${owner}`,
    deadline: (date: string) => `uiterlijk ${date}`,
    moreActions: (count: number) => `En ${count} andere ${count === 1 ? 'actie' : 'acties'}.`,
    contributions: 'Bijdragen per onderdeel',
    contributionCount: (label: string, count: number) =>
      `${label}: ${count} ${count === 1 ? 'bijdrage' : 'bijdragen'}`,
    noContributions: 'Er zijn geen bijdragen vastgelegd.',
    quickscan: 'Quickscan'
  },

  practice: {
    heading: 'Praktijkvragen',
    intro: 'Het team koos deze praktijkvragen als focus:',
    none: 'Het team koos geen praktijkvraag als focus.',
    contributions: 'Bijdragen'
  },

  step: (number: number, title: string) => `Stap ${number}: ${title}`,
  stepShort: (number: number) => `Stap ${number}`,
  questionRef: (step: number, index: number) => `Stap ${step}, vraag ${index}`,
  noContributions: 'Geen bijdragen vastgelegd.',
  general: 'Algemeen',
  otherContributions: 'Overige bijdragen',
  otherIntro:
    'Deze bijdragen horen bij een scherm dat het inhoudspakket niet (meer) kent, of bij een quickscan die niet in het verslag staat.',

  tags: {
    'gaat-goed': 'Gaat goed',
    'kan-beter': 'Kan beter',
    idee: 'Ideeën',
    none: 'Overig'
  } satisfies Record<ContributionTag | 'none', string>,
  attribution: (name: string) => ` — ${name}`,

  forms: {
    heading: 'Gespreksvormen',
    columns: ['Gespreksvorm', 'Nu / gewenst / niet', 'Toelichting'],
    status: {
      nu: 'Doen we nu',
      gewenst: 'Gewenst',
      niet: 'Niet'
    } satisfies Record<ConversationFormStatus, string>,
    unset: '—'
  },
  agenda: {
    heading: 'Gespreksagenda',
    chosen: 'Gekozen elementen:',
    none: 'Het team koos nog geen elementen voor de gespreksagenda.',
    forWhom: 'Voor welke ouders',
    timing: 'Wanneer',
    notes: 'Notities'
  },

  assessment: {
    heading: 'Zelfevaluatie gespreksvaardigheden',
    columns: ['Vraag', 'Score', 'Toelichting'],
    rating: ['nog niet', 'een beetje', 'redelijk', 'goed', 'heel goed'],
    unrated: 'niet gescoord'
  },
  support: {
    heading: 'Gekozen ondersteuning',
    none: 'Er is geen ondersteuning gekozen.'
  },

  quickscan: {
    heading: 'Quickscan',
    respondents: (count: number) =>
      `${count} ${count === 1 ? 'collega vulde' : 'collega’s vulden'} de quickscan onafhankelijk van elkaar in.`,
    caution: (below: number) =>
      `Let op: met minder dan ${below} invullers zegt de uitslag weinig over het team als geheel. Lees haar als aanzet tot gesprek.`,
    summary: (count: number, eens: number, verdeeld: number, unknown: number) =>
      `${count} ${count === 1 ? 'collega vulde' : 'collega’s vulden'} de quickscan in: het team is het eens over ${eens}, verdeeld over ${verdeeld} en heeft geen zicht op ${unknown} ${unknown === 1 ? 'vraag' : 'vragen'}.`,
    grades: 'Cijfers per cluster',
    gradeColumns: ['Cluster', 'Cijfer (mediaan)', 'Spreiding', 'Eens / verdeeld / geen zicht'],
    gradeRange: (min: string, max: string, count: number) =>
      `${min} tot ${max} (${count} ${count === 1 ? 'cijfer' : 'cijfers'})`,
    noGrade: 'geen cijfers',
    verdictCounts: (eens: number, verdeeld: number, unknown: number) =>
      `${eens} / ${verdeeld} / ${unknown}`,
    factors: 'Antwoorden per succesfactor',
    factor: (number: number, title: string) => `Succesfactor ${number}: ${title}`,
    itemColumn: 'Vraag',
    shareNote:
      'Elke cel geeft het aantal invullers met dat antwoord; hoe donkerder de cel, hoe groter het deel van de antwoorden. ? = geen zicht op.',
    divided: 'Waar het team verdeeld is',
    noneDivided: 'Over geen enkele vraag is het team verdeeld.',
    blindSpots: 'Blinde vlekken',
    blindSpotsIntro: 'Op deze vragen heeft een groot deel van het team geen zicht:',
    noBlindSpots: 'Er zijn geen vragen waarop het team geen zicht heeft.',
    unknownCount: (unknown: number, answered: number) => `${unknown} van ${answered} kozen ?`,
    priorities: 'Prioriteiten per cluster',
    priorityColumns: ['Cluster', 'Prioriteit', 'Draagvlak', 'Eerste stap'],
    noPriorities: 'Het team legde nog geen prioriteiten per cluster vast.',
    verdicts: {
      eens: 'eens',
      verdeeld: 'verdeeld',
      'geen-zicht': 'geen zicht'
    } satisfies Record<Verdict, string>
  },

  plan: {
    heading: 'Actieplan',
    none: 'Er staan nog geen acties in het actieplan.',
    columns: [
      '#',
      'Wat',
      'Waarom / koppeling',
      'Wie',
      'Wanneer',
      'Eerste stap',
      'Draagvlak',
      'Zo zien we dat het werkt',
      'Status',
      'Opvolging'
    ],
    factor: (number: number, title: string) => `succesfactor ${number}: ${title}`,
    aspect: (name: string) => `aspect: ${name}`,
    status: {
      open: 'Open',
      bezig: 'Bezig',
      klaar: 'Klaar',
      vervallen: 'Vervallen'
    } satisfies Record<ActionStatus, string>,
    agreements: 'Afspraken'
  },

  nextMeeting: {
    heading: 'Volgende bijeenkomst',
    date: 'Datum',
    notPlanned: 'nog niet gepland',
    note: 'Toelichting'
  },

  sectionLabels: {
    praktijkvragen: 'Praktijkvragen',
    afspraken: 'Afspraken',
    quickscan: 'Quickscan',
    overig: 'Overig'
  }
} as const

export const dutchMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december'
] as const
