// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SchoolOverview } from '../../../src/shared/domain/school'

/**
 * A facilitator adds a team in the new-session form and clicks "Sessie aanmaken" straight away.
 * The session must get that team: the form waits while the team is stored, and a team name
 * that was typed but never added is pointed out instead of being dropped.
 */

const schoolId = '11111111-1111-4111-8111-111111111111'
const teamId = '22222222-2222-4222-8222-222222222222'

const state = vi.hoisted(() => ({
  schools: [] as unknown[],
  /** The pending `team.create`: the test decides when the server answers. */
  answerTeam: null as (() => void) | null
}))

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'school.list': () => Promise.resolve(state.schools),
    'school.mergeCandidates': () => Promise.resolve([]),
    'school.create': () => Promise.reject(new Error('not in this test')),
    // The new team has had no meeting yet: no participants to bring along.
    'team.lastParticipants': () => Promise.resolve([]),
    'team.create': ({ name }: { name: string }) =>
      new Promise((resolve) => {
        state.answerTeam = () => {
          const school = state.schools[0] as SchoolOverview
          state.schools = [{ ...school, teams: [{ id: teamId, name }] }]
          resolve({ id: teamId, schoolId, name })
        }
      })
  },
  runsInElectron: false
}))

const { NewSessionForm } = await import('../../../src/renderer/src/features/start/NewSessionForm')
const { useSchoolsStore } = await import('../../../src/renderer/src/stores/schools-store')

const schoolWithoutTeams = {
  id: schoolId,
  name: 'De Brug',
  sector: 'VO',
  board: '',
  teams: []
} as unknown as SchoolOverview

beforeEach(async () => {
  state.schools = [schoolWithoutTeams]
  state.answerTeam = null
  await useSchoolsStore.getState().load()
})

afterEach(cleanup)

function renderForm() {
  const onCreate = vi.fn(() => Promise.resolve(true))
  render(<NewSessionForm onCreate={onCreate} />)
  // The school without teams opens the "new team" fields at once.
  fireEvent.change(screen.getByLabelText('School'), { target: { value: schoolId } })
  return onCreate
}

const createButton = () => screen.getByRole('button', { name: 'Sessie aanmaken' })

describe('the new-session form and a team added in it', () => {
  it('waits while the new team is stored, then makes the session with that team', async () => {
    const onCreate = renderForm()
    fireEvent.change(screen.getByLabelText('Naam van het team'), { target: { value: 'Team 3' } })
    const addTeam = screen.getByRole('button', { name: 'Team toevoegen' })
    addTeam.focus()
    fireEvent.click(addTeam)
    // The server has not answered yet: the session cannot be made now, and the team's button
    // reads as busy while it keeps the focus.
    expect(createButton()).toHaveProperty('disabled', true)
    expect(addTeam.getAttribute('aria-disabled')).toBe('true')
    // The name being stored cannot be changed meanwhile: what was typed would be cleared.
    expect(screen.getByLabelText('Naam van het team')).toHaveProperty('readOnly', true)
    expect(document.activeElement).toBe(addTeam)
    fireEvent.submit(createButton().closest('form') as HTMLFormElement)
    expect(onCreate).not.toHaveBeenCalled()

    await act(async () => state.answerTeam?.())
    expect(createButton()).toHaveProperty('disabled', false)
    expect((screen.getByLabelText('Team') as HTMLSelectElement).value).toBe(teamId)
    // Its fields are gone; the focus went on to the list that shows the new team.
    expect(document.activeElement).toBe(screen.getByLabelText('Team'))
    await act(async () => fireEvent.click(createButton()))
    expect(onCreate).toHaveBeenCalledTimes(1)
    expect(onCreate).toHaveBeenCalledWith(expect.objectContaining({ teamId }))
  })

  it('points out a team name that was typed but not added, and makes no session', async () => {
    const onCreate = renderForm()
    fireEvent.change(screen.getByLabelText('Naam van het team'), { target: { value: 'Team 3' } })
    await act(async () => fireEvent.click(createButton()))
    expect(onCreate).not.toHaveBeenCalled()
    const alert = screen.getByRole('alert')
    // Something still to do, not a failure: no "Er ging iets mis" before it.
    expect(alert.textContent).toMatch(/^Het nieuwe team is nog niet toegevoegd/)
    expect(alert.className).toContain('error-message--hint')
    // What was typed is still there, to add with one click.
    expect((screen.getByLabelText('Naam van het team') as HTMLInputElement).value).toBe('Team 3')
  })

  it('shows a failed create as a failure, with its cause', async () => {
    state.schools = []
    await useSchoolsStore.getState().load()
    render(<NewSessionForm onCreate={vi.fn(() => Promise.resolve(true))} />)
    fireEvent.change(screen.getByLabelText('School'), { target: { value: '__nieuw__' } })
    fireEvent.change(screen.getByLabelText('Naam van de school'), {
      target: { value: 'De Brug' }
    })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'School toevoegen' })))
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toMatch(/^Er ging iets mis: not in this test/)
    expect(alert.className).not.toContain('error-message--hint')
  })

  it('makes the session without a team once the typed name is cleared', async () => {
    const onCreate = renderForm()
    const name = screen.getByLabelText('Naam van het team')
    fireEvent.change(name, { target: { value: 'Team 3' } })
    fireEvent.change(name, { target: { value: '  ' } })
    await act(async () => fireEvent.click(createButton()))
    expect(onCreate).toHaveBeenCalledWith(expect.objectContaining({ teamId: null }))
  })

  it('makes one session when "Sessie aanmaken" is clicked twice', async () => {
    let finish: (created: boolean) => void = () => {}
    const onCreate = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)))
    render(<NewSessionForm onCreate={onCreate} />)
    fireEvent.click(createButton())
    fireEvent.click(createButton())
    expect(onCreate).toHaveBeenCalledTimes(1)
    await act(async () => finish(true))
    expect(createButton()).toHaveProperty('disabled', false)
  })
})
