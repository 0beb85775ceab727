import type { JoiningStatus } from '../../../../shared/domain/joining'
import { useT } from '../../i18n'
import { qrDataUrl } from '../joining/JoinInfo'

/** Address, code and QR code for the room; the QR code carries the code, so scanning joins. */
export function AudienceJoin({ status }: { status: JoiningStatus }) {
  const t = useT()
  return (
    <section className="audience-join" aria-labelledby="audience-join-title">
      <h2 id="audience-join-title">{t('audience.join.title')}</h2>
      <img
        className="audience-join-qr"
        src={qrDataUrl(status.qrSvg)}
        alt={t('audience.join.qrAlt', { url: status.url })}
      />
      <p>
        {t('audience.join.scan')} <strong className="audience-join-url">{status.url}</strong>
      </p>
      <p>
        {t('audience.join.code')} <strong className="audience-join-code">{status.code}</strong>
      </p>
      {status.paused && <p className="audience-join-paused">{t('audience.join.paused')}</p>}
    </section>
  )
}
