import { app, BrowserWindow, dialog, type FileFilter } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DesktopCapabilities } from '../services'
import { safeFileName } from '../exchange/file-name'

type SaveFile = DesktopCapabilities['saveFile']

/** What the dialog offers per extension; the first match counts, so .samenspel.json before .json. */
const filters: { extension: string; filter: FileFilter }[] = [
  { extension: '.docx', filter: { name: 'Word-document', extensions: ['docx'] } },
  { extension: '.samenspel.json', filter: { name: 'Samenspel-sessie', extensions: ['json'] } },
  { extension: '.json', filter: { name: 'Samenspel-sessie', extensions: ['json'] } }
]

const kindOf = (fileName: string) =>
  filters.find(({ extension }) => fileName.toLowerCase().endsWith(extension))

/** The name as the renderer proposed it, made safe: it must not point outside Documents. */
function defaultName(fileName: string): string {
  const length = kindOf(fileName)?.extension.length ?? 0
  const cut = fileName.length - length
  return safeFileName(fileName.slice(0, cut), fileName.slice(cut))
}

/** The save dialog on the window the user works in, starting in their Documents folder. */
export const saveFileWithDialog: SaveFile = async (file) => {
  const kind = kindOf(file.fileName)
  const options = {
    title: file.title,
    defaultPath: join(app.getPath('documents'), defaultName(file.fileName)),
    filters: kind ? [kind.filter] : []
  }
  const window = BrowserWindow.getFocusedWindow()
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false, path: null }
  try {
    await writeFile(choice.filePath, Buffer.from(file.contentBase64, 'base64'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'onbekende fout'
    throw new Error(
      `Het bestand kon niet worden opgeslagen als ${choice.filePath} (${code}). Is het nog ` +
        'geopend in een ander programma, of mag je in die map niet schrijven? Kies een andere ' +
        'plek en probeer het opnieuw.',
      { cause: error }
    )
  }
  return { saved: true, path: choice.filePath }
}
