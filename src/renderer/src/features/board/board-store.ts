import { create } from 'zustand'
import { maxBoardFileBytes } from '../../../../shared/board/board-file'
import type { NamedBoardFile } from '../../../../shared/domain/board-comparison'
import { api } from '../../api'
import { translate, useLocaleStore, type Translate } from '../../i18n'

/** More schools than any board has; past it the heatmap stops being readable anyway. */
export const maxSchoolsInView = 300

interface BoardState {
  files: NamedBoardFile[]
  /** Dutch refusals, each naming its file. */
  refusals: string[]
  reading: boolean
  open(files: readonly File[]): Promise<void>
  remove(fileName: string): void
  clear(): void
}

type Outcome = NamedBoardFile | { refusal: string }

async function readOne(file: File, t: Translate): Promise<Outcome> {
  // The size is known without reading: a 50 MB file is refused before it is loaded.
  if (file.size > maxBoardFileBytes) {
    return { refusal: t('board.tooBig', { file: file.name, max: maxBoardFileBytes / 1_000_000 }) }
  }
  try {
    const read = await api['board.read']({ fileName: file.name, content: await file.text() })
    return { fileName: file.name, file: read }
  } catch (error) {
    return { refusal: (error as Error).message }
  }
}

const schoolsIn = (files: readonly NamedBoardFile[]) =>
  files.reduce((sum, f) => sum + f.file.schools.length, 0)

/**
 * The board files open in the board view: in memory only, never stored. Each file is read by
 * the host on its own, so one bad file is refused with its name while the others load.
 */
export const useBoardStore = create<BoardState>((set, get) => ({
  files: [],
  refusals: [],
  reading: false,
  async open(chosen) {
    const t = translate(useLocaleStore.getState().locale)
    set({ reading: true, refusals: [] })
    // Read side by side and shown once: the heatmap is drawn for the whole set, not per file.
    const outcomes = await Promise.all(chosen.map((file) => readOne(file, t)))
    const refusals: string[] = []
    let files = get().files
    for (const outcome of outcomes) {
      if ('refusal' in outcome) refusals.push(outcome.refusal)
      else if (schoolsIn(files) + outcome.file.schools.length > maxSchoolsInView) {
        refusals.push(t('board.tooMany', { file: outcome.fileName, max: maxSchoolsInView }))
      } else files = [...files.filter((f) => f.fileName !== outcome.fileName), outcome]
    }
    set({ files, reading: false, refusals })
  },
  remove(fileName) {
    set({ files: get().files.filter((f) => f.fileName !== fileName) })
  },
  clear() {
    set({ files: [], refusals: [] })
  }
}))
