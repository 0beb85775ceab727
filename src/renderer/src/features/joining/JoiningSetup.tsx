import { useState, type FormEvent } from 'react'
import type { JoiningSettings, NetworkInterface } from '../../../../shared/domain/joining'
import { useT } from '../../i18n'
import type { RememberedJoining } from './joining-memory'

interface JoiningSetupProps {
  interfaces: NetworkInterface[]
  /** What was chosen when joining was last on: switching it on again starts from there. */
  remembered: RememberedJoining
  onStart(address: string, settings: JoiningSettings): void
}

/** Joining is off until the facilitator chooses a network and switches it on. */
export function JoiningSetup({ interfaces, remembered, onStart }: JoiningSetupProps) {
  const t = useT()
  // The remembered network only if the laptop still has it (another room, another network).
  const [address, setAddress] = useState(
    interfaces.some((i) => i.address === remembered.address)
      ? remembered.address
      : (interfaces[0]?.address ?? '')
  )
  const [settings, setSettings] = useState<JoiningSettings>({
    requireNames: remembered.requireNames,
    moderation: remembered.moderation,
    openScreenIds: remembered.openScreenIds,
    quickscanOpen: remembered.quickscanOpen
  })
  const toggle = (key: 'requireNames' | 'moderation' | 'quickscanOpen') =>
    setSettings((current) => ({ ...current, [key]: !current[key] }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (address) onStart(address, settings)
  }
  return (
    <form onSubmit={submit} className="joining-setup">
      <p>{t('joining.intro')}</p>
      <label>
        {t('joining.network')}
        <select value={address} onChange={(event) => setAddress(event.target.value)}>
          {interfaces.map((i) => (
            <option key={`${i.name}-${i.address}`} value={i.address}>
              {i.address} ({i.name}
              {i.private ? '' : `, ${t('joining.notPrivate')}`})
            </option>
          ))}
        </select>
      </label>
      {(['requireNames', 'moderation', 'quickscanOpen'] as const).map((key) => (
        <label key={key} className="inline-choice">
          <input type="checkbox" checked={settings[key]} onChange={() => toggle(key)} />
          <span>{t(`joining.setting.${key}`)}</span>
        </label>
      ))}
      <p className="hint">{t('joining.plainHttp')}</p>
      <button type="submit" className="primary" disabled={!address}>
        {t('joining.start')}
      </button>
    </form>
  )
}
