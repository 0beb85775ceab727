import type { SessionFile } from '../../../src/shared/exchange/session-file'
import {
  action,
  card,
  emptySession,
  people,
  sampleParticipants,
  sampleQuickscan,
  sessionId
} from './fixtures'

const { annelies, bram, chidi } = people

/** Cards on every kind of screen: practice questions, both question steps, wrap-up, quickscan. */
export function sampleCards() {
  return [
    card(
      'praktijkvragen',
      'Ouders vragen hoe ze thuis kunnen helpen met lezen.',
      'kan-beter',
      annelies.id
    ),
    card('stap1-vraag-1', 'Startgesprekken in september met elk gezin.', 'gaat-goed', annelies.id),
    card('stap1-vraag-1', 'Nieuwsbrief komt laat aan bij ouders.', 'kan-beter', chidi.id),
    card('stap1-vraag-1', 'Een koffieochtend per bouw.', 'idee', null),
    card('stap1-vraag-1', 'Wat bedoelen we met samenwerken?', null, bram.id),
    card('stap1-vraag-3', 'Trots op de opkomst bij de kijkavond.', 'gaat-goed', chidi.id),
    card('stap3-vraag-2', 'Lastige gesprekken bereiden we samen voor.', 'idee', annelies.id),
    card('afronding', 'We evalueren het plan in de studiedag van maart.', null, chidi.id),
    card('qs-05', 'Hierover verschillen we echt van mening.', 'kan-beter', annelies.id)
  ]
}

/** A session with something in every section: the report's happy path. */
export function fullSession(): SessionFile {
  const file = emptySession()
  return {
    ...file,
    participants: sampleParticipants(),
    workspace: {
      ...file.workspace,
      position: 'afronding',
      focus: ['praktijkvraag-1', 'praktijkvraag-3'],
      contributions: sampleCards(),
      conversationForms: [
        { formId: 'gespreksvorm-1', status: 'nu', note: 'Twee keer per jaar.' },
        { formId: 'gespreksvorm-6', status: 'gewenst', note: 'Bij nieuwe gezinnen.' },
        { formId: 'gespreksvorm-7', status: 'niet', note: '' }
      ],
      agendaElements: [
        { elementId: 'agenda-element-1', included: true, note: 'In het startgesprek.' },
        { elementId: 'agenda-element-4', included: false, note: '' },
        { elementId: 'agenda-element-6', included: true, note: '' }
      ],
      agenda: {
        forWhom: 'Ouders van nieuwe leerlingen',
        timing: 'September',
        notes: 'Tolk regelen waar nodig.'
      },
      selfAssessments: [
        { questionId: 'stap3-vraag-1', rating: 3, notes: 'Wisselend per collega.' },
        { questionId: 'stap3-vraag-2', rating: 5, notes: '' }
      ],
      supportChoices: [
        { supportId: 'steun-samen-voorbereiden', chosen: true, note: 'Intervisie per bouw.' },
        { supportId: 'steun-training', chosen: false, note: '' }
      ]
    },
    actions: [
      action('Koffieochtend per bouw organiseren', 1, {
        ownerText: 'ouderraad',
        deadline: '2027-01-15',
        screenId: 'stap1-vraag-1',
        factor: 1,
        aspect: 'basale-organisatie',
        why: 'Ouders kennen elkaar en ons nauwelijks.'
      }),
      action('Startgesprek met elk gezin', 0, {
        ownerParticipantId: bram.id,
        deadline: '2027-09-30',
        firstStep: 'Gespreksleidraad maken',
        support: 'Bespreken in de teamvergadering',
        successIndicator: 'Alle gezinnen gesproken voor de herfstvakantie',
        status: 'bezig',
        followUp: '2027-10-15'
      }),
      action('Nieuwsbrief eerder versturen', 2, { status: 'klaar' })
    ],
    nextMeeting: { date: '2027-03-08', note: 'Evaluatie van het actieplan.' },
    quickscan: sampleQuickscan(8)
  }
}

export { sessionId }
