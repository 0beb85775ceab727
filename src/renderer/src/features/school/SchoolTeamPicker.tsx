import { useEffect, useId, useRef, useState } from 'react'
import { schoolSectors, type SchoolSector } from '../../../../shared/domain/school'
import { useT } from '../../i18n'
import { useSchoolsStore } from '../../stores/schools-store'
import { SectorNote } from './SectorNote'

const newOption = '__nieuw__'

/**
 * What the picker still has in hand: a school or team being stored, or a name typed for one
 * that was not added. The form around it waits for the one and asks about the other, so a
 * session is never made without the team the facilitator just typed.
 */
export type PickerPending = 'saving' | 'unsavedSchool' | 'unsavedTeam' | null

interface SchoolTeamPickerProps {
  teamId: string | null
  onChange(teamId: string | null): void
  /**
   * A failed create (a name that exists, a lost connection), or with `hint` something still to
   * do (no name typed): the form shows the message.
   */
  onError(message: string, hint?: boolean): void
  /** Called whenever what the picker has in hand changes (see `PickerPending`). */
  onPendingChange?(pending: PickerPending): void
}

/**
 * School and team picked from the list, or added on the spot. Inline fields rather than a
 * nested form, so it fits inside the new-session form and works by keyboard alone.
 */
export function SchoolTeamPicker({
  teamId,
  onChange,
  onError,
  onPendingChange
}: SchoolTeamPickerProps) {
  const t = useT()
  const id = useId()
  const schools = useSchoolsStore((s) => s.schools)
  // The screen that shows this picker loads the schools and reports a failure once
  // (StartScreen); loading here too asked twice and showed the same alert twice.
  const { createSchool, createTeam } = useSchoolsStore.getState()
  const teamSchool = schools.find((school) => school.teams.some((team) => team.id === teamId))
  const [pickedSchoolId, setSchoolId] = useState<string | null>(teamSchool?.id ?? null)
  // A chosen team decides the school; otherwise the school picked (without a team yet).
  const schoolId = teamSchool?.id ?? pickedSchoolId
  const [adding, setAdding] = useState<'school' | 'team' | null>(null)
  const [name, setName] = useState('')
  const [sector, setSector] = useState<SchoolSector | ''>('')
  const [board, setBoard] = useState('')
  const [saving, setSaving] = useState(false)
  // Once a team is added its fields go away: the focus goes on to the list that now shows it,
  // not to the page's start.
  const teamList = useRef<HTMLSelectElement>(null)
  const focusTeamListNext = useRef(false)
  useEffect(() => {
    if (!focusTeamListNext.current) return
    focusTeamListNext.current = false
    teamList.current?.focus()
  })
  const pending: PickerPending = saving
    ? 'saving'
    : name.trim() === ''
      ? null
      : adding === 'school'
        ? 'unsavedSchool'
        : adding === 'team'
          ? 'unsavedTeam'
          : null
  useEffect(() => onPendingChange?.(pending), [pending, onPendingChange])

  const school = schools.find((candidate) => candidate.id === schoolId)

  function pickSchool(value: string) {
    setAdding(value === newOption ? 'school' : null)
    setName('')
    if (value === newOption) return
    const next = value === '' ? null : value
    setSchoolId(next)
    const teams = schools.find((candidate) => candidate.id === next)?.teams ?? []
    // One team only: that is the one, as a facilitator would expect.
    onChange(teams.length === 1 ? (teams[0]?.id ?? null) : null)
    if (next && teams.length === 0) setAdding('team')
  }

  function pickTeam(value: string) {
    setAdding(value === newOption ? 'team' : null)
    setName('')
    if (value !== newOption) onChange(value === '' ? null : value)
  }

  async function add() {
    const trimmed = name.trim()
    if (trimmed === '') return onError(t('school.nameMissing'), true)
    if (saving) return
    setSaving(true)
    try {
      if (adding === 'school') {
        const created = await createSchool(trimmed, sector === '' ? null : sector, board.trim())
        setSchoolId(created)
        onChange(null)
        setAdding('team')
      } else if (adding === 'team' && schoolId) {
        onChange(await createTeam(schoolId, trimmed))
        setAdding(null)
        focusTeamListNext.current = true
      }
      setName('')
      setSector('')
      setBoard('')
    } catch (caught) {
      onError((caught as Error).message)
    } finally {
      setSaving(false)
    }
  }

  // While a name is stored its button looks and reads as unavailable, but keeps the focus a
  // `disabled` button would lose; a second click is ignored by `add`.
  const savingButton = { 'aria-disabled': saving, 'aria-busy': saving }

  const enterAdds = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void add()
    } else if (event.key === 'Escape') {
      setAdding(null)
    }
  }

  return (
    <fieldset className="school-team-picker">
      <legend>{t('school.placeLegend')}</legend>
      <label>
        {t('session.school')}
        <select
          value={adding === 'school' ? newOption : (schoolId ?? '')}
          onChange={(event) => pickSchool(event.target.value)}
        >
          <option value="">{t('school.none')}</option>
          {schools.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
          <option value={newOption}>{t('school.addSchool')}</option>
        </select>
      </label>
      {adding === 'school' && (
        <div className="inline-add" role="group" aria-label={t('school.addSchool')}>
          <label>
            {t('school.name')}
            <input
              autoFocus
              value={name}
              maxLength={200}
              // What is typed while the name is stored would be cleared with it.
              readOnly={saving}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={enterAdds}
            />
          </label>
          <label>
            {t('school.sector')}
            <select
              id={`${id}-sector`}
              value={sector}
              onChange={(event) => setSector(event.target.value as SchoolSector | '')}
            >
              <option value="">{t('school.sectorUnknown')}</option>
              {schoolSectors.map((value) => (
                <option key={value} value={value}>
                  {t(`school.sector.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('school.board')}
            <input
              value={board}
              maxLength={200}
              onChange={(event) => setBoard(event.target.value)}
              onKeyDown={enterAdds}
            />
          </label>
          <button type="button" {...savingButton} onClick={() => void add()}>
            {t('school.saveSchool')}
          </button>
          <SectorNote sector={sector === '' ? null : sector} />
        </div>
      )}
      {school && adding !== 'school' && (
        <label>
          {t('session.team')}
          <select
            ref={teamList}
            value={adding === 'team' ? newOption : (teamId ?? '')}
            onChange={(event) => pickTeam(event.target.value)}
          >
            <option value="">{t('school.pickTeam')}</option>
            {school.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
            <option value={newOption}>{t('school.addTeam')}</option>
          </select>
        </label>
      )}
      {adding === 'team' && school && (
        <div className="inline-add" role="group" aria-label={t('school.addTeam')}>
          <label>
            {t('school.teamName')}
            <input
              autoFocus
              value={name}
              maxLength={200}
              // What is typed while the name is stored would be cleared with it.
              readOnly={saving}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={enterAdds}
            />
          </label>
          <button type="button" {...savingButton} onClick={() => void add()}>
            {t('school.saveTeam')}
          </button>
        </div>
      )}
    </fieldset>
  )
}
