import { useEffect } from 'react'
import { useT } from '../../i18n'
import { fullscreen } from '../../platform/fullscreen'
import { openProjector } from '../../platform/projector'
import { CloseProjectorButton } from '../desktop/CloseProjectorButton'
import { usePresenterStore } from '../presenter/presenter-store'

export type SidePanel = 'reference' | 'joining' | null

interface SessionToolbarProps {
  sessionId: string
  panel: SidePanel
  onPanel(panel: SidePanel): void
}

export function SessionToolbar({ sessionId, panel, onPanel }: SessionToolbarProps) {
  const t = useT()
  const presenting = usePresenterStore((state) => state.presenting)
  const highContrast = usePresenterStore((state) => state.highContrast)
  const { setPresenting, toggleHighContrast, changeTextScale } = usePresenterStore.getState()

  // Leaving fullscreen with the browser's own Escape also leaves presenter mode.
  useEffect(() => {
    const onChange = () => {
      if (!fullscreen.isActive() && usePresenterStore.getState().presenting) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [setPresenting])

  function togglePresenting() {
    setPresenting(!presenting)
    void (presenting ? fullscreen.exit() : fullscreen.enter())
  }

  return (
    <div className="session-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" aria-pressed={presenting} onClick={togglePresenting}>
        {presenting ? t('toolbar.stopPresenting') : t('toolbar.present')}
      </button>
      {!presenting && (
        <button type="button" onClick={() => void openProjector(sessionId)}>
          {t('toolbar.projector')}
        </button>
      )}
      {!presenting && <CloseProjectorButton />}
      <button
        type="button"
        aria-pressed={panel === 'reference'}
        onClick={() => onPanel(panel === 'reference' ? null : 'reference')}
      >
        {t('toolbar.reference')}
      </button>
      {!presenting && (
        <button
          type="button"
          aria-pressed={panel === 'joining'}
          onClick={() => onPanel(panel === 'joining' ? null : 'joining')}
        >
          {t('toolbar.joining')}
        </button>
      )}
      <button type="button" onClick={() => changeTextScale(-1)} aria-label={t('toolbar.smaller')}>
        A−
      </button>
      <button type="button" onClick={() => changeTextScale(1)} aria-label={t('toolbar.larger')}>
        A+
      </button>
      <button type="button" aria-pressed={highContrast} onClick={toggleHighContrast}>
        {t('toolbar.contrast')}
      </button>
    </div>
  )
}
