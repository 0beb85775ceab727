import { t } from './i18n'

/** A failure the participant must see, announced by screen readers as it appears. */
export function ErrorAlert({ message, id }: { message: string; id?: string }) {
  return (
    <div className="p-alert" role="alert" id={id}>
      <strong>{t('phone.errors.title')}:</strong> {message}
    </div>
  )
}
