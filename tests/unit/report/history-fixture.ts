import type { ReportHistory } from '../../../src/main/report/report-history'
import type { QuickscanAnswer } from '../../../src/shared/content/quickscan'
import { action, content, respondent, sampleQuickscan, uuid } from './fixtures'
import type { SessionFile } from '../../../src/shared/exchange/session-file'

/** An earlier scan where item 1 was agreed (+) and factor 1 mostly +/-: things moved since. */
function earlierAnswer(_respondent: number, item: number): QuickscanAnswer {
  if (item === 1) return '+'
  return item < 5 ? '+/-' : '+'
}

/** The meetings around the full session: a review, an earlier quickscan, a vote, a theme. */
export function fullHistory(file: SessionFile): ReportHistory {
  const [first, second] = file.workspace.contributions.filter((c) => c.screenId === 'stap1-vraag-1')
  const earlier = sampleQuickscan(6)
  const options = [
    {
      id: uuid(30_001),
      kind: 'theme' as const,
      refId: uuid(31_000),
      label: 'Ouderavonden',
      position: 0
    },
    {
      id: uuid(30_002),
      kind: 'card' as const,
      refId: first?.id ?? '',
      label: 'Koffieochtend',
      position: 1
    },
    {
      id: uuid(30_003),
      kind: 'question' as const,
      refId: content.quickscan.questions[1]!.id,
      label: content.quickscan.questions[1]!.text,
      position: 2
    }
  ]
  return {
    reviews: [
      {
        item: {
          action: action('Welkomstgesprek voor nieuwe ouders', 0, { id: uuid(32_001) }),
          previousSessionTitle: 'Eerste bijeenkomst',
          previousSessionDate: '2026-03-10',
          outcome: 'vervallen',
          note: 'Loopt al via de intake',
          earlier: [
            {
              sessionId: uuid(33_001),
              sessionTitle: 'Tweede bijeenkomst',
              sessionDate: '2026-06-01',
              outcome: 'loopt-door',
              note: ''
            }
          ],
          overdue: true
        },
        owner: 'Bram'
      },
      {
        item: {
          action: action('Nieuwsbrief in eenvoudige taal', 1, { id: uuid(32_002) }),
          previousSessionTitle: 'Eerste bijeenkomst',
          previousSessionDate: '2026-03-10',
          outcome: 'klaar',
          note: '',
          earlier: [],
          overdue: false
        },
        owner: 'Annelies'
      }
    ],
    previousQuickscan: {
      sessionTitle: 'Eerste bijeenkomst',
      sessionDate: '2026-03-10',
      quickscan: {
        ...earlier,
        id: uuid(34_000),
        respondents: Array.from({ length: 6 }, (_, i) => respondent(100 + i, earlierAnswer))
      }
    },
    votes: [
      {
        id: uuid(30_000),
        sessionId: uuid(1),
        title: 'Wat pakken we eerst op?',
        dotsPerPerson: 3,
        status: 'gesloten',
        options,
        ballots: [
          { voterId: '1', allocation: { [uuid(30_001)]: 2, [uuid(30_002)]: 1 } },
          { voterId: '2', allocation: { [uuid(30_001)]: 1, [uuid(30_003)]: 2 } }
        ],
        paper: { people: 1, dots: { [uuid(30_002)]: 2 } },
        createdAt: '2026-11-22T10:00:00.000Z'
      }
    ],
    themes: [
      {
        id: uuid(31_000),
        sessionId: uuid(1),
        screenId: first?.screenId ?? 'stap1-vraag-1',
        title: 'Ouderavonden',
        position: 0,
        cardIds: [first?.id ?? '', second?.id ?? ''].filter(Boolean)
      }
    ]
  }
}
