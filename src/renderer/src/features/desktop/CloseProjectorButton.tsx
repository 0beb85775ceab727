import { runsInElectron } from '../../api'
import { useT } from '../../i18n'
import { closeProjector } from '../../platform/projector'

/** The desktop app's projector window has no controls of its own: it is closed from here. */
export function CloseProjectorButton() {
  const t = useT()
  if (!runsInElectron) return null
  return (
    <button type="button" onClick={() => void closeProjector()}>
      {t('desktop.closeProjector')}
    </button>
  )
}
