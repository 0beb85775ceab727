import { api, runsInElectron } from '../api'

export interface FileToSave {
  fileName: string
  mimeType: string
  contentBase64: string
}

function download({ fileName, mimeType, contentBase64 }: FileToSave): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * The desktop app asks where to save; a browser downloads. Resolves with where it went, or
 * null when the facilitator cancelled the dialog.
 */
export async function saveFile(file: FileToSave, title: string): Promise<string | null> {
  if (runsInElectron) {
    const result = await api['file.save']({ ...file, title })
    return result.saved ? (result.path ?? file.fileName) : null
  }
  download(file)
  return file.fileName
}
