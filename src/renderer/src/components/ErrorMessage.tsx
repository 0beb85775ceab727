import { useT } from '../i18n'

/** A failure the user must see; announced to screen readers at once. */
export function ErrorMessage({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  const t = useT()
  return (
    <div className="error-message" role="alert">
      <strong>{t('error.title')}:</strong> <span>{message}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.close')}
        </button>
      )}
    </div>
  )
}
