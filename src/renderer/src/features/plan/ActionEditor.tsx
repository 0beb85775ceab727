import type { Participant } from '../../../../shared/domain/session'
import {
  actionStatuses,
  type Action,
  type ActionFields
} from '../../../../shared/domain/action-plan'
import { AutosaveText } from '../../components/AutosaveText'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { useT } from '../../i18n'
import type { LinkOption } from './plan-links'

interface ActionEditorProps {
  action: Action
  participants: Participant[]
  links: { screens: LinkOption[]; factors: LinkOption[]; aspects: LinkOption[] }
  onChange(patch: Partial<ActionFields>): void
}

function Select(props: {
  label: string
  value: string
  options: LinkOption[]
  empty: string
  onChange(value: string | null): void
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value || null)}>
        <option value="">{props.empty}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Every field of one action; each is stored as soon as it changes. */
export function ActionEditor({ action, participants, links, onChange }: ActionEditorProps) {
  const t = useT()
  const people = participants.map((p) => ({
    value: p.id,
    label: p.role ? `${p.name} (${p.role})` : p.name
  }))
  return (
    <div className="action-editor form-grid">
      <AutosaveText
        className="wide"
        label={t('plan.what')}
        value={action.what}
        onSave={(what) => what.trim() && onChange({ what })}
      />
      <PersonalDataNotice text={action.what} onAnonymise={(what) => onChange({ what })} />
      <AutosaveText
        className="wide"
        multiline
        rows={2}
        label={t('plan.why')}
        value={action.why}
        onSave={(why) => onChange({ why })}
      />
      <Select
        label={t('plan.screen')}
        value={action.screenId ?? ''}
        options={links.screens}
        empty={t('plan.none')}
        onChange={(screenId) => onChange({ screenId })}
      />
      <Select
        label={t('plan.factor')}
        value={action.factor === null ? '' : String(action.factor)}
        options={links.factors}
        empty={t('plan.none')}
        onChange={(factor) => onChange({ factor: factor === null ? null : Number(factor) })}
      />
      <Select
        label={t('plan.aspect')}
        value={action.aspect ?? ''}
        options={links.aspects}
        empty={t('plan.none')}
        onChange={(aspect) => onChange({ aspect })}
      />
      <Select
        label={t('plan.owner')}
        value={action.ownerParticipantId ?? ''}
        options={people}
        empty={t('plan.ownerOther')}
        onChange={(ownerParticipantId) => onChange({ ownerParticipantId })}
      />
      <AutosaveText
        label={t('plan.ownerText')}
        value={action.ownerText}
        maxLength={200}
        onSave={(ownerText) => onChange({ ownerText })}
      />
      <label>
        {t('plan.deadline')}
        <input
          type="date"
          value={action.deadline ?? ''}
          onChange={(event) => onChange({ deadline: event.target.value || null })}
        />
      </label>
      <AutosaveText
        className="wide"
        multiline
        rows={2}
        label={t('plan.firstStep')}
        value={action.firstStep}
        onSave={(firstStep) => onChange({ firstStep })}
      />
      <AutosaveText
        className="wide"
        multiline
        rows={2}
        label={t('plan.support')}
        value={action.support}
        onSave={(support) => onChange({ support })}
      />
      <AutosaveText
        className="wide"
        multiline
        rows={2}
        label={t('plan.successIndicator')}
        value={action.successIndicator}
        onSave={(successIndicator) => onChange({ successIndicator })}
      />
      <label>
        {t('plan.status')}
        <select
          value={action.status}
          onChange={(event) => onChange({ status: event.target.value as Action['status'] })}
        >
          {actionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`plan.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plan.followUp')}
        <input
          type="date"
          value={action.followUp ?? ''}
          onChange={(event) => onChange({ followUp: event.target.value || null })}
        />
      </label>
    </div>
  )
}
