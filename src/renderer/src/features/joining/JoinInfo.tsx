import type { JoiningStatus } from '../../../../shared/domain/joining'
import { useT } from '../../i18n'

/** The QR code as an image: the SVG comes from our own store, as a data URL (CSP allows data:). */
export function qrDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Address, code and QR code: what participants need, large enough for the back of the room. */
export function JoinInfo({ status, large }: { status: JoiningStatus; large?: boolean }) {
  const t = useT()
  return (
    <div className={`join-info${large ? ' large' : ''}`}>
      <img
        className="join-qr"
        src={qrDataUrl(status.qrSvg)}
        alt={t('joining.qrAlt', { url: status.url })}
      />
      <p className="join-url">
        <span className="label-text">{t('joining.address')}</span> <strong>{status.url}</strong>
      </p>
      <p className="join-code">
        <span className="label-text">{t('joining.code')}</span> <strong>{status.code}</strong>
      </p>
      {status.paused && <p className="join-paused">{t('joining.pausedNote')}</p>}
    </div>
  )
}
