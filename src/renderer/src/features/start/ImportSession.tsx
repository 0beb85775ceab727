import { useRef } from 'react'
import { useT } from '../../i18n'

interface ImportSessionProps {
  onImport(content: string): Promise<boolean>
}

/**
 * Reads a *.samenspel.json file chosen by the facilitator; the store checks it before keeping it.
 * The file input itself is hidden but focusable: its label looks and acts as a button (a bare
 * file input took the checkbox style of `.inline-choice` and was a squashed 23 px square).
 */
export function ImportSession({ onImport }: ImportSessionProps) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  return (
    <p className="import-session">
      <label className="file-picker">
        <span className="label-text">{t('import.button')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0]
            if (!file) return
            await onImport(await file.text())
            if (input.current) input.current.value = ''
          }}
        />
      </label>
      <span className="hint">{t('import.hint')}</span>
    </p>
  )
}
