import { useEffect, useRef } from 'react'
import { useT, type MessageKey } from '../../i18n'
import { shortcutTable } from './shortcut-table'

/** "?": every shortcut, from the same table as the README. Esc or the button closes it. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutTable.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <kbd>{row.keys}</kbd>
              </th>
              <td>{t(`shortcut.${row.id}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  )
}
