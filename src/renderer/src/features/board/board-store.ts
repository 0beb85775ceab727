import { create } from 'zustand'
import { maxBoardFileBytes } from '../../../../shared/board/board-file'
import type { NamedBoardFile } from '../../../../shared/domain/board-comparison'
import { api } from '../../api'
import { translate, useLocaleStore } from '../../i18n'

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

const schoolsIn = (files: readonly NamedBoardFile[]) =>
  files.reduce((sum, f) => sum + f.file.schools.length, 0)

/**
 * The board files open in the board view: in memory only, never stored. Each file is read by
 * the host, one at a time, so one bad file is refused with its name while the others load.
 */
export const useBoardStore = create<BoardState>((set, get) => ({
  files: [],
  refusals: [],
  reading: false,
  async open(chosen) {
    const t = translate(useLocaleStore.getState().locale)
    set({ reading: true, refusals: [] })
    const refusals: string[] = []
    for (const file of chosen) {
      // The size is known without reading: a 50 MB file is refused before it is loaded.
      if (file.size > maxBoardFileBytes) {
        refusals.push(t('board.tooBig', { file: file.name, max: maxBoardFileBytes / 1_000_000 }))
        continue
      }
      if (schoolsIn(get().files) >= maxSchoolsInView) {
        refusals.push(t('board.tooMany', { file: file.name, max: maxSchoolsInView }))
        continue
      }
      try {
        const read = await api['board.read']({ fileName: file.name, content: await file.text() })
        const others = get().files.filter((f) => f.fileName !== file.name)
        set({ files: [...others, { fileName: file.name, file: read }] })
      } catch (error) {
        refusals.push((error as Error).message)
      }
    }
    set({ reading: false, refusals })
  },
  remove(fileName) {
    set({ files: get().files.filter((f) => f.fileName !== fileName) })
  },
  clear() {
    set({ files: [], refusals: [] })
  }
}))
