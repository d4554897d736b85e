import { articleText } from '@shared/anchoring/article-text'
import { reanchorAll } from '@shared/anchoring/reanchor'
import type { StoreData } from '@shared/schemas'

/**
 * After the shipped content changed (data.content already replaced), re-anchor every annotation in
 * the new article text. Nothing is dropped: what cannot be placed becomes an orphan. Answers the
 * sentences telling the user what happened, or null when they have no annotations.
 */
export function reattachAnnotations(data: StoreData): string | null {
  if (data.annotations.length === 0) return null
  const { text } = articleText(data.content.article)
  const report = reanchorAll(data.annotations, text)
  const count = (n: number, what: string): string => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`
  const parts = [
    `The article was updated. ${count(data.annotations.length, 'highlight')} checked against it`,
    `${report.moved.toLocaleString('en')} moved with their passage`
  ]
  if (report.restored > 0) parts.push(`${report.restored.toLocaleString('en')} found again`)
  const orphans = data.annotations.filter((a) => a.orphaned).length
  const tail =
    orphans === 0
      ? 'every highlight is in place.'
      : `${count(orphans, 'highlight')} could not be placed and ${orphans === 1 ? 'is' : 'are'} kept under “Detached” in Notes, with ${orphans === 1 ? 'its' : 'their'} quote and note.`
  return `${parts.join(', ')}; ${tail}`
}
