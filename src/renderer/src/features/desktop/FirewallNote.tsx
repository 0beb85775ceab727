import './desktop.css'
import { runsInElectron } from '../../api'
import { useT } from '../../i18n'

/**
 * Shown in the desktop app once joining is on: the firewall prompt that appears then, what to
 * choose, and how to check when no phone gets in. The browser host listens on loopback only
 * for the facilitator and raises no such prompt of its own, so it is not shown there.
 */
export function FirewallNote() {
  const t = useT()
  if (!runsInElectron) return null
  return (
    <section className="firewall-note" aria-labelledby="firewall-note-title">
      <h3 id="firewall-note-title">{t('desktop.firewall.title')}</h3>
      <p>{t('desktop.firewall.why')}</p>
      <ul>
        <li>{t('desktop.firewall.windows')}</li>
        <li>{t('desktop.firewall.mac')}</li>
      </ul>
      <details>
        <summary>{t('desktop.check.title')}</summary>
        <ol>
          <li>{t('desktop.check.sameNetwork')}</li>
          <li>{t('desktop.check.windows')}</li>
          <li>{t('desktop.check.mac')}</li>
          <li>{t('desktop.check.isolation')}</li>
        </ol>
      </details>
    </section>
  )
}
