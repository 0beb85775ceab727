import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { useT, type MessageKey } from '../../i18n'

interface ProgressNavProps {
  flow: FlowScreen[]
  current: FlowScreen
  onGo(screen: FlowScreen): void
}

const stepLabels: Record<FlowScreen['step'], MessageKey> = {
  0: 'flow.preparation',
  1: 'flow.step1',
  2: 'flow.step2',
  3: 'flow.step3',
  4: 'flow.wrapUp'
}

/** Where the session is, always visible; every screen is one click (or Tab + Enter) away. */
export function ProgressNav({ flow, current, onGo }: ProgressNavProps) {
  const t = useT()
  const steps = [0, 1, 2, 3, 4] as const
  const index = flow.indexOf(current)
  return (
    <nav className="progress-nav" aria-label={t('flow.progress')}>
      <p className="progress-count">
        {t('flow.position', { number: index + 1, total: flow.length })}
      </p>
      <ol className="progress-steps">
        {steps.map((step) => {
          const screens = flow.filter((screen) => screen.step === step)
          return (
            <li
              key={step}
              className={`progress-step${current.step === step ? ' current' : ''}${current.step > step ? ' done' : ''}`}
            >
              <span className="progress-step-label">{t(stepLabels[step])}</span>
              <span className="progress-dots">
                {screens.map((screen) => (
                  <button
                    key={screen.id}
                    type="button"
                    className={`progress-dot${screen === current ? ' current' : ''}`}
                    aria-current={screen === current ? 'step' : undefined}
                    aria-label={t('flow.goTo', {
                      number: flow.indexOf(screen) + 1,
                      name: screenName(t, flow, screen)
                    })}
                    onClick={() => onGo(screen)}
                  />
                ))}
              </span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** A short name for a screen, for labels and the window title. */
export function screenName(
  t: ReturnType<typeof useT>,
  flow: FlowScreen[],
  screen: FlowScreen
): string {
  switch (screen.kind) {
    case 'start':
      return t('flow.start')
    case 'focus':
      return t('flow.focus')
    case 'step-intro':
      return t('flow.step', { number: screen.step })
    case 'stap1-question':
    case 'stap3-question': {
      const number = flow.filter((s) => s.kind === screen.kind).indexOf(screen) + 1
      return t('flow.questionShort', { step: screen.step, number })
    }
    case 'stap2-forms':
      return t('flow.forms')
    case 'stap2-agenda':
      return t('flow.agenda')
    case 'stap3-support':
      return t('flow.support')
    case 'wrap-up':
      return t('flow.wrapUp')
  }
}
