/** A file the app builds for the user to save: a backup, or an export of notes or of cards. */
export interface SavedFile {
  fileName: string
  mimeType: string
  text: string
}
