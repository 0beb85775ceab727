import './joining.css'
import { useEffect, useRef, useState } from 'react'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { showDevices, useJoiningStore } from '../../stores/joining-store'
import { FirewallNote } from '../desktop/FirewallNote'
import { JoinInfo } from './JoinInfo'
import { JoiningSetup } from './JoiningSetup'
import { recallJoining, rememberJoining } from './joining-memory'
import { OpenScreensChoice } from './OpenScreensChoice'

interface JoiningPanelProps {
  flow: FlowScreen[]
  screenLabel(screen: FlowScreen): string
  onShowLarge(): void
  onClose(): void
}

/** Switching participant joining on and off, and everything the facilitator controls in it. */
export function JoiningPanel({ flow, screenLabel, onShowLarge, onClose }: JoiningPanelProps) {
  const t = useT()
  const status = useJoiningStore((s) => s.status)
  const interfaces = useJoiningStore((s) => s.interfaces)
  const sessionId = useJoiningStore((s) => s.sessionId)
  const { start, update, stop, removeDevice, newCode } = useJoiningStore.getState()
  const [codeNotice, setCodeNotice] = useState<'afterRemove' | 'renewed' | null>(null)
  // Every change while joining is on is remembered, so switching it off and on keeps it.
  useEffect(() => {
    if (status) rememberJoining(status.sessionId, new URL(status.url).hostname, status)
  }, [status])
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  // The devices and their card counts follow the room while this panel is open.
  useEffect(() => showDevices(), [])
  const run = (action: () => Promise<void>) =>
    void action().catch((e: Error) => setError(e.message))

  return (
    <aside
      className="side-panel joining-panel"
      aria-labelledby="joining-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className="side-panel-head">
        <h2 id="joining-heading" ref={heading} tabIndex={-1}>
          {t('joining.title')}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('joining.closePanel')}>
          {t('common.close')}
        </button>
      </div>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {!status ? (
        <JoiningSetup
          key={sessionId}
          interfaces={interfaces}
          remembered={recallJoining(sessionId)}
          onStart={(address, settings) => run(() => start(address, settings))}
        />
      ) : (
        <>
          <JoinInfo status={status} />
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onShowLarge}>
              {t('joining.showLarge')}
            </button>
            <button type="button" onClick={() => run(() => update({ paused: !status.paused }))}>
              {status.paused ? t('joining.resume') : t('joining.pause')}
            </button>
            <button type="button" className="danger" onClick={() => run(stop)}>
              {t('joining.stop')}
            </button>
          </div>
          <div className="join-code-renew">
            <button
              type="button"
              onClick={() =>
                run(async () => {
                  await newCode()
                  setCodeNotice('renewed')
                })
              }
            >
              {t('joinCode.renew')}
            </button>
            <p className="hint" role="status">
              {codeNotice === 'afterRemove'
                ? t('joinCode.afterRemove')
                : codeNotice === 'renewed'
                  ? t('joinCode.renewed', { code: status.code })
                  : t('joinCode.hint')}
            </p>
          </div>
          <FirewallNote />
          {(['requireNames', 'moderation', 'quickscanOpen'] as const).map((key) => (
            <label key={key} className="inline-choice">
              <input
                type="checkbox"
                checked={status[key]}
                onChange={() => run(() => update({ [key]: !status[key] }))}
              />
              <span>{t(`joining.setting.${key}`)}</span>
            </label>
          ))}
          <OpenScreensChoice
            flow={flow}
            screenLabel={screenLabel}
            chosen={status.openScreenIds}
            onChange={(openScreenIds) => run(() => update({ openScreenIds }))}
          />
          <h3>
            {t('joining.devices', { count: status.devices.filter((d) => !d.removed).length })}
          </h3>
          <ul className="device-list">
            {status.devices
              .filter((d) => !d.removed)
              .map((device, index) => {
                const name = device.name || t('joining.deviceNumber', { number: index + 1 })
                return (
                  <li key={device.id}>
                    <span>{name}</span>
                    <span className="hint">
                      {t('joining.sent', { count: device.contributions })}
                    </span>
                    <button
                      type="button"
                      className="link danger"
                      onClick={() =>
                        run(async () => {
                          await removeDevice(device.id)
                          setCodeNotice('afterRemove')
                        })
                      }
                      aria-label={t('joining.remove', { name })}
                    >
                      {t('common.delete')}
                    </button>
                  </li>
                )
              })}
          </ul>
        </>
      )}
    </aside>
  )
}
