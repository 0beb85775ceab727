import { useRef, useState } from 'react'
import { useT } from '../../i18n'
import { useBoardStore } from './board-store'

/** A file dialog and a drop zone for board files; both hand the files to the store. */
export function BoardFilePicker() {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const reading = useBoardStore((s) => s.reading)
  const [over, setOver] = useState(false)
  const open = (files: FileList | null) => {
    if (files && files.length > 0) void useBoardStore.getState().open([...files])
  }
  return (
    <div
      className={`board-drop${over ? ' board-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        open(event.dataTransfer.files)
      }}
    >
      <label className="board-choose">
        <span className="label-text">{t('board.choose')}</span>
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={reading}
          onChange={async (event) => {
            open(event.target.files)
            if (input.current) input.current.value = ''
          }}
        />
      </label>
      <span className="hint">{reading ? t('board.reading') : t('board.drop')}</span>
    </div>
  )
}
