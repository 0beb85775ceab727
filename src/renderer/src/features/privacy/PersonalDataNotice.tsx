import { useEffect, useMemo, useRef } from 'react'
import type { Contribution } from '../../../../shared/domain/workspace'
import { anonymise, findPersonalData } from '../../../../shared/privacy/personal-data'
import { useT } from '../../i18n'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import './privacy.css'

interface PersonalDataNoticeProps {
  text: string
  /** Stores the text with names turned into initials and numbers into placeholders. */
  onAnonymise(text: string): void
  /** Names that may stand here besides the session's participants (a phone's own name). */
  alsoKnown?: readonly (string | null)[]
}

/**
 * A quiet line under a card, note or action that seems to name a pupil or parent, or holds an
 * e-mail address, phone number or BSN. "Anonimiseer" (or Alt+A while working in it) replaces
 * them in one go. Only on the facilitator's screen: the projector never shows it.
 */
export function PersonalDataNotice({ text, onAnonymise, alsoKnown = [] }: PersonalDataNoticeProps) {
  const t = useT()
  const session = useCurrentSessionStore((state) => state.session)
  const knownNames = useMemo(
    () => [
      ...(session?.participants.map((p) => p.name) ?? []),
      session?.facilitator ?? '',
      ...alsoKnown.filter((name): name is string => Boolean(name))
    ],
    [session, alsoKnown]
  )
  const findings = useMemo(() => findPersonalData(text, { knownNames }), [text, knownNames])
  const ref = useRef<HTMLParagraphElement>(null)
  const latest = useRef({ text, findings, onAnonymise })
  useEffect(() => {
    latest.current = { text, findings, onAnonymise }
  })

  useEffect(() => {
    if (findings.length === 0) return
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.key.toLowerCase() !== 'a') return
      // Only for the card, note or action the facilitator is working in.
      const around = ref.current?.parentElement
      if (!around || !around.contains(document.activeElement)) return
      event.preventDefault()
      const { text: current, findings: found, onAnonymise: save } = latest.current
      save(anonymise(current, found))
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [findings.length])

  if (findings.length === 0) return null
  const kinds = [...new Set(findings.map((f) => f.kind))]
  return (
    <p ref={ref} className="personal-data-notice" role="status">
      <span>
        {t('privacy.found', {
          what: kinds.map((kind) => t(`privacy.kind.${kind}`)).join(', '),
          found: findings.map((f) => f.text).join(', ')
        })}
      </span>{' '}
      <button
        type="button"
        className="link"
        aria-keyshortcuts="Alt+A"
        onClick={() => onAnonymise(anonymise(text, findings))}
      >
        {t('privacy.anonymise')}
      </button>
    </p>
  )
}

/** The notice under a card: a phone's own name is no pupil's name. */
export function CardPersonalData({
  card,
  onSave
}: {
  card: Contribution
  onSave(text: string): void
}) {
  const alsoKnown = useMemo(() => [card.deviceName], [card.deviceName])
  return <PersonalDataNotice text={card.text} onAnonymise={onSave} alsoKnown={alsoKnown} />
}
