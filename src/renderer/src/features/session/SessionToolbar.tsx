import { useEffect } from 'react'
import { useT } from '../../i18n'
import { fullscreen } from '../../platform/fullscreen'
import { openProjector } from '../../platform/projector'
import { useJoiningStore } from '../../stores/joining-store'
import { HeldCardsButton } from '../cards/HeldCardsPanel'
import { CloseProjectorButton } from '../desktop/CloseProjectorButton'
import { SettingsButton } from '../settings/SettingsButton'
import { themes, usePresenterStore, type Theme } from '../presenter/presenter-store'

export type SidePanel = 'reference' | 'joining' | 'held' | null

interface SessionToolbarProps {
  sessionId: string
  panel: SidePanel
  onPanel(panel: SidePanel): void
  onShortcuts(): void
}

export function SessionToolbar({ sessionId, panel, onPanel, onShortcuts }: SessionToolbarProps) {
  const t = useT()
  const theme = usePresenterStore((state) => state.theme)
  const showJoin = usePresenterStore((state) => state.showJoin)
  const joining = useJoiningStore((state) => state.sessionId === sessionId && state.status !== null)
  const { setPresenting, setTheme, setShowJoin, changeTextScale } = usePresenterStore.getState()

  // Leaving fullscreen with the browser's own Escape also leaves presenter mode.
  useEffect(() => {
    const onChange = () => {
      if (!fullscreen.isActive() && usePresenterStore.getState().presenting) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [setPresenting])

  function present() {
    setPresenting(true)
    void fullscreen.enter()
  }

  return (
    <div className="session-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={present}>
        {t('toolbar.present')}
      </button>
      <button type="button" onClick={() => void openProjector(sessionId)}>
        {t('toolbar.projector')}
      </button>
      <CloseProjectorButton />
      <button
        type="button"
        aria-pressed={panel === 'reference'}
        onClick={() => onPanel(panel === 'reference' ? null : 'reference')}
      >
        {t('toolbar.reference')}
      </button>
      <button
        type="button"
        aria-pressed={panel === 'joining'}
        onClick={() => onPanel(panel === 'joining' ? null : 'joining')}
      >
        {t('toolbar.joining')}
      </button>
      <HeldCardsButton
        open={panel === 'held'}
        onToggle={() => onPanel(panel === 'held' ? null : 'held')}
      />
      {joining && (
        <button type="button" aria-pressed={showJoin} onClick={() => setShowJoin(!showJoin)}>
          {t('toolbar.showJoin')}
        </button>
      )}
      <button type="button" onClick={() => changeTextScale(-1)} aria-label={t('toolbar.smaller')}>
        A−
      </button>
      <button type="button" onClick={() => changeTextScale(1)} aria-label={t('toolbar.larger')}>
        A+
      </button>
      <label className="theme-choice">
        <span>{t('theme.label')}</span>
        <select
          value={theme}
          aria-label={t('theme.label')}
          onChange={(event) => setTheme(event.target.value as Theme)}
        >
          {themes.map((name) => (
            <option key={name} value={name}>
              {t(`theme.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <SettingsButton />
      <button type="button" onClick={onShortcuts} aria-label={t('toolbar.shortcuts')}>
        ?
      </button>
    </div>
  )
}
