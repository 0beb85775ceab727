import './session.css'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { useT } from '../../i18n'
import { AgendaScreen } from './screens/AgendaScreen'
import { ConversationFormsScreen } from './screens/ConversationFormsScreen'
import { FocusScreen } from './screens/FocusScreen'
import { QuestionScreen } from './screens/QuestionScreen'
import { SelfAssessment } from './screens/SelfAssessment'
import { StepIntroScreen } from './screens/StepIntroScreen'
import { SupportScreen } from './screens/SupportScreen'
import { WrapUpScreen } from './screens/WrapUpScreen'
import { SessionStartScreen } from './SessionStartScreen'

interface ScreenViewProps {
  screen: FlowScreen
  flow: FlowScreen[]
  content: ContentBundle
  /** False on the projector: the team sees the content and cards, not the controls. */
  editable: boolean
}

export function ScreenView({ screen, flow, content, editable }: ScreenViewProps) {
  const t = useT()
  const pack = content.kwaliteitskaart
  const [stap1, , stap3] = pack.steps
  switch (screen.kind) {
    case 'start':
      return <SessionStartScreen editable={editable} />
    case 'focus':
      return <FocusScreen pack={pack} editable={editable} />
    case 'step-intro':
      return <StepIntroScreen pack={pack} step={screen.step as 1 | 2 | 3} />
    case 'stap1-question': {
      const index = stap1.questions.findIndex((q) => q.id === screen.itemId)
      return (
        <QuestionScreen
          eyebrow={t('flow.questionOf', {
            step: 1,
            number: index + 1,
            total: stap1.questions.length
          })}
          question={stap1.questions[index]?.text ?? ''}
          screenId={screen.id}
          editable={editable}
        />
      )
    }
    case 'stap2-forms':
      return <ConversationFormsScreen pack={pack} screenId={screen.id} editable={editable} />
    case 'stap2-agenda':
      return <AgendaScreen pack={pack} screenId={screen.id} editable={editable} />
    case 'stap3-question': {
      const index = stap3.questions.findIndex((q) => q.id === screen.itemId)
      return (
        <QuestionScreen
          eyebrow={t('flow.questionOf', {
            step: 3,
            number: index + 1,
            total: stap3.questions.length
          })}
          question={stap3.questions[index]?.text ?? ''}
          screenId={screen.id}
          editable={editable}
        >
          <SelfAssessment questionId={screen.id} editable={editable} />
        </QuestionScreen>
      )
    }
    case 'stap3-support':
      return <SupportScreen pack={pack} editable={editable} />
    case 'wrap-up':
      return <WrapUpScreen pack={pack} flow={flow} editable={editable} />
  }
}
