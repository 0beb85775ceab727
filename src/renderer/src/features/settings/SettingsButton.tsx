import { useEffect, useRef, useState } from 'react'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { useT } from '../../i18n'
import { themes, usePresenterStore, type Theme } from '../presenter/presenter-store'

/** Language and colour theme, in a modal the native <dialog> keeps the focus in. */
function SettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const theme = usePresenterStore((state) => state.theme)
  const setTheme = usePresenterStore((state) => state.setTheme)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      className="dialog settings-dialog"
      aria-labelledby="settings-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="settings-title">{t('settings.title')}</h2>
      <p className="hint">{t('settings.intro')}</p>
      <div className="settings-fields">
        <LanguageSwitch />
        <label>
          <span>{t('theme.label')}</span>
          <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
            {themes.map((name) => (
              <option key={name} value={name}>
                {t(`theme.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('settings.done')}
        </button>
      </div>
    </dialog>
  )
}

/** The settings button for a page's header or the session's toolbar; focus returns to it. */
export function SettingsButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="settings-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ⚙ {t('settings.open')}
      </button>
      {open && (
        <SettingsDialog
          onClose={() => {
            setOpen(false)
            buttonRef.current?.focus()
          }}
        />
      )}
    </>
  )
}
