import { useT } from '../i18n'

interface ErrorMessageProps {
  message: string
  onDismiss?: () => void
  /**
   * Not a failure but something the user still has to do (a name typed but not added): shown
   * without "Er ging iets mis", in the caution colours. Announced all the same.
   */
  hint?: boolean
}

/** A failure the user must see (or, as a hint, something still to do); announced at once. */
export function ErrorMessage({ message, onDismiss, hint = false }: ErrorMessageProps) {
  const t = useT()
  return (
    <div className={hint ? 'error-message error-message--hint' : 'error-message'} role="alert">
      {!hint && (
        <>
          <strong>{t('error.title')}:</strong>{' '}
        </>
      )}
      <span>{message}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.close')}
        </button>
      )}
    </div>
  )
}
