import { texts } from './texts'

/** A failure the participant must see, announced by screen readers as it appears. */
export function ErrorAlert({ message, id }: { message: string; id?: string }) {
  return (
    <div className="p-alert" role="alert" id={id}>
      <strong>{texts.errors.title}:</strong> {message}
    </div>
  )
}
