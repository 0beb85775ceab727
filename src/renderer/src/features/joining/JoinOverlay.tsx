import { useEffect, useRef } from 'react'
import { useT } from '../../i18n'
import { useJoiningStore } from '../../stores/joining-store'
import { JoinInfo } from './JoinInfo'

/** The join address, code and QR code filling the projector; any key or click closes it. */
export function JoinOverlay({ onClose }: { onClose(): void }) {
  const t = useT()
  const status = useJoiningStore((s) => s.status)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])
  if (!status) return null
  return (
    <dialog
      ref={ref}
      className="join-overlay"
      aria-label={t('joining.title')}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={onClose}
    >
      <h2>{t('joining.overlayTitle')}</h2>
      <JoinInfo status={status} large />
      <button type="button" onClick={onClose} autoFocus>
        {t('common.close')}
      </button>
    </dialog>
  )
}
