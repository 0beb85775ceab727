import { describe, expect, it } from 'vitest'
import {
  actionFate,
  actionHistory,
  isOverdue,
  reviewAgenda,
  type RecordedReview,
  type SessionMoment
} from '../../../src/shared/domain/action-cycle'
import { emptyActionFields, type Action } from '../../../src/shared/domain/action-plan'

const meeting = (id: string, date: string, createdAt = `${date}T09:00:00.000Z`): SessionMoment => ({
  id,
  title: `Bijeenkomst ${id}`,
  date,
  createdAt
})

const action = (id: string, sessionId: string, extra: Partial<Action> = {}): Action => ({
  ...emptyActionFields(`Actie ${id}`),
  id,
  sessionId,
  position: 0,
  origin: 'vrij',
  originRef: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra
})

const decided = (
  sessionId: string,
  actionId: string,
  outcome: RecordedReview['outcome'],
  note = ''
): RecordedReview => ({ sessionId, actionId, outcome, note })

const m1 = meeting('m1', '2026-09-01')
const m2 = meeting('m2', '2026-11-22')
const m3 = meeting('m3', '2027-02-14')
const meetings = [m1, m2, m3]

const ids = (target: SessionMoment, actions: Action[], reviews: RecordedReview[]) =>
  reviewAgenda(target, meetings, actions, reviews).map((item) => item.action.id)

describe('which earlier actions a meeting reviews', () => {
  it('brings back an undecided action at every later meeting', () => {
    const actions = [action('a', 'm1')]
    expect(ids(m2, actions, [])).toEqual(['a'])
    expect(ids(m3, actions, [])).toEqual(['a'])
    expect(ids(m1, actions, [])).toEqual([])
  })

  it('brings back "loopt door", with the earlier decision attached', () => {
    const actions = [action('a', 'm1')]
    const reviews = [decided('m2', 'a', 'loopt-door')]
    const [item] = reviewAgenda(m3, meetings, actions, reviews)
    expect(item?.action.id).toBe('a')
    expect(item?.decision).toBeNull()
    expect(item?.earlier.map((entry) => [entry.sessionId, entry.outcome])).toEqual([
      ['m2', 'loopt-door']
    ])
  })

  it('ends at klaar, vervallen and the old meegenomen', () => {
    const actions = [action('a', 'm1'), action('b', 'm1'), action('c', 'm1')]
    const reviews = [
      decided('m2', 'a', 'klaar'),
      decided('m2', 'b', 'vervallen', 'Niet meer nodig'),
      decided('m2', 'c', 'meegenomen')
    ]
    expect(ids(m2, actions, reviews)).toEqual(['a', 'b', 'c'])
    expect(ids(m3, actions, reviews)).toEqual([])
  })

  it('leaves out what its own plan already settled', () => {
    const actions = [
      action('done', 'm1', { status: 'klaar' }),
      action('dropped', 'm1', { status: 'vervallen' }),
      action('busy', 'm1', { status: 'bezig' })
    ]
    expect(ids(m2, actions, [])).toEqual(['busy'])
  })

  it('orders by meeting, then by each plan’s priority', () => {
    const actions = [
      action('late', 'm2', { position: 0 }),
      action('second', 'm1', { position: 1 }),
      action('first', 'm1', { position: 0 })
    ]
    expect(ids(m3, actions, [])).toEqual(['first', 'second', 'late'])
  })

  it('counts a meeting earlier the same day as earlier', () => {
    const morning = meeting('am', '2026-11-22', '2026-11-22T08:00:00.000Z')
    const afternoon = meeting('pm', '2026-11-22', '2026-11-22T13:00:00.000Z')
    const actions = [action('a', 'am')]
    expect(reviewAgenda(afternoon, [morning, afternoon], actions, []).length).toBe(1)
    expect(reviewAgenda(morning, [morning, afternoon], actions, []).length).toBe(0)
  })
})

describe('overdue', () => {
  it('is a deadline before the meeting, for an action still to do', () => {
    const actions = [
      action('late', 'm1', { deadline: '2026-10-01' }),
      action('on-time', 'm1', { deadline: '2026-11-22' }),
      action('none', 'm1')
    ]
    const overdue = reviewAgenda(m2, meetings, actions, []).map((item) => item.overdue)
    expect(overdue).toEqual([true, false, false])
  })

  it('is never an action that is done or dropped', () => {
    expect(isOverdue({ deadline: '2026-01-01', status: 'open' }, '2026-02-01')).toBe(true)
    expect(isOverdue({ deadline: '2026-01-01', status: 'bezig' }, '2026-02-01')).toBe(true)
    expect(isOverdue({ deadline: '2026-01-01', status: 'klaar' }, '2026-02-01')).toBe(false)
    expect(isOverdue({ deadline: '2026-01-01', status: 'vervallen' }, '2026-02-01')).toBe(false)
    expect(isOverdue({ deadline: '2026-02-01', status: 'open' }, '2026-02-01')).toBe(false)
  })
})

describe('what became of an action', () => {
  const moments = new Map(meetings.map((m) => [m.id, m]))

  it('is its last decision: loopt door, then klaar', () => {
    const a = action('a', 'm1')
    const reviews = [decided('m3', 'a', 'klaar'), decided('m2', 'a', 'loopt-door')]
    const history = actionHistory('a', reviews, moments)
    expect(history.map((h) => h.sessionId)).toEqual(['m2', 'm3'])
    expect(actionFate({ ...a, status: 'klaar' }, history)).toBe('klaar')
    expect(actionFate(a, actionHistory('a', [reviews[1]!], moments))).toBe('loopt-door')
  })

  it('is open without decisions, or what its plan says', () => {
    expect(actionFate(action('a', 'm1'), [])).toBe('open')
    expect(actionFate(action('a', 'm1', { status: 'vervallen' }), [])).toBe('vervallen')
  })

  it('is under way when its own plan says "bezig", not open', () => {
    expect(actionFate(action('a', 'm1', { status: 'bezig' }), [])).toBe('loopt-door')
  })
})
