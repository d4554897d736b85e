/** A file the app offers for saving: an export of notes or of cards. */
export interface SavedFile {
  fileName: string
  mimeType: string
  text: string
}

/**
 * Offer `file` as a download through a link to a Blob: the browser host saves it to the downloads
 * folder, and Electron shows its save dialog (its default for a download; security.ts allows blob:
 * because it names memory in this page, never the network).
 */
export function saveFile(file: SavedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download reads the blob after this task; free it once that has surely begun.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
