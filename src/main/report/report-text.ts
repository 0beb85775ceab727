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
    unset: '—',
    contributions: 'Bijdragen bij de gespreksvormen'
  },
  agenda: {
    heading: 'Gespreksagenda',
    contributions: 'Bijdragen bij de gespreksagenda',
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

  review: {
    heading: 'Terugblik op eerdere acties',
    intro: (title: string, date: string) =>
      `In deze bijeenkomst (“${title}”, ${date}) besprak het team wat er van de open acties van eerdere bijeenkomsten is geworden.`,
    columns: ['Actie', 'Uit bijeenkomst', 'Wie', 'Besluit', 'Toelichting'],
    outcomes: {
      klaar: 'klaar',
      'loopt-door': 'loopt door',
      vervallen: 'vervallen',
      meegenomen: 'meegenomen'
    },
    undecided: 'nog niet besproken',
    overdue: 'over de datum',
    earlier: (outcome: string, date: string) => `eerder: ${outcome} (${date})`,
    decidedBy: 'Besloten door het team in deze bijeenkomst.'
  },

  change: {
    heading: 'Verandering sinds de vorige quickscan',
    intro: (title: string, date: string, then: number, now: number) =>
      `Vergeleken met de quickscan van “${title}” (${date}): toen ${then} en nu ${now} ${now === 1 ? 'invuller' : 'invullers'}.`,
    unavailable: (title: string, previous: number, current: number) =>
      `De quickscan van “${title}” is niet vergeleken: die is ingevuld met versie ${previous} van de vragenlijst, deze met versie ${current}. De vragen kunnen verschillen.`,
    grades: 'Cijfer per cluster, toen en nu',
    gradeColumns: ['Cluster', 'Toen', 'Nu', 'Verschil'],
    factors: 'Per succesfactor, toen en nu',
    factorColumns: ['Succesfactor', 'Oordeel toen', 'Oordeel nu', 'Positief toen', 'Positief nu'],
    chartTitle: 'Deel positieve antwoorden (++ of +) per succesfactor, toen en nu',
    chartLegend: { then: 'toen', now: 'nu', none: 'toen niet gevraagd' },
    chartRow: (label: string, then: string, now: string) => `${label}: toen ${then}, nu ${now}.`,
    noValue: 'geen antwoorden',
    items: 'Vragen waarbij het oordeel of het midden veranderde',
    noItems: 'Bij geen enkele vraag veranderde het oordeel of het midden.',
    itemLine: (then: string, now: string, movement: string) =>
      `oordeel toen ${then}, nu ${now}; ${movement}`,
    higher: (steps: string) => `${steps} ${steps === '1' ? 'stap' : 'stappen'} hoger`,
    lower: (steps: string) => `${steps} ${steps === '1' ? 'stap' : 'stappen'} lager`,
    same: 'midden gelijk',
    gradeHigher: (delta: string) => `${delta} hoger`,
    gradeLower: (delta: string) => `${delta} lager`,
    gradeSame: 'gelijk',
    removed: (count: number) =>
      `${count} ${count === 1 ? 'vraag' : 'vragen'} uit de vorige quickscan ${count === 1 ? 'staat' : 'staan'} niet meer in de vragenlijst en ${count === 1 ? 'is' : 'zijn'} niet vergeleken.`
  },

  overview: {
    heading: 'Uitkomst per succesfactor in één beeld',
    chartTitle: 'Verdeling van de antwoorden per succesfactor',
    parts: {
      positief: 'positief (++ of +)',
      gedeeltelijk: 'gedeeltelijk (+/-)',
      negatief: 'negatief (- of --)',
      'geen-zicht': 'geen zicht (?)'
    },
    chartRow: (
      label: string,
      positive: string,
      partial: string,
      negative: string,
      unknown: string
    ) =>
      `${label}: ${positive} positief, ${partial} gedeeltelijk, ${negative} negatief, ${unknown} geen zicht.`
  },

  glance: {
    heading: 'In één oogopslag',
    groups: {
      sterk: 'Het team is het eens: dit gaat goed',
      verbeteren: 'Het team is het eens: dit kan beter',
      verdeeld: 'Hierover is het team verdeeld',
      'geen-zicht': 'Blinde vlekken'
    }
  },

  votes: {
    heading: 'Samen gekozen: stemmingen en thema’s',
    themes: 'Thema’s',
    themeLine: (title: string, count: number) =>
      `${title} (${count} ${count === 1 ? 'bijdrage' : 'bijdragen'})`,
    round: (title: string) => `Stemronde: ${title}`,
    voters: (voters: number, dots: number, perPerson: number, paper: number) =>
      `${voters} ${voters === 1 ? 'deelnemer stemde' : 'deelnemers stemden'} met elk ${perPerson} ${perPerson === 1 ? 'stip' : 'stippen'}, ${dots} in totaal${paper > 0 ? `; ${paper} van hen op papier, geteld door de gespreksleider` : ''}.`,
    columns: ['Plaats', 'Punt', 'Stippen'],
    kinds: { card: 'bijdrage', theme: 'thema', question: 'quickscanvraag' },
    tied: 'gelijk'
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
