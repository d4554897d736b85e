import type { Article } from '../schemas'
import { similarity } from './match-quote'

/** One paragraph of the article (the credit line included), where it stands and in which section. */
export interface ArticleParagraph {
  id: string
  sectionId: string
  text: string
  /** Its place in reading order, from 0. */
  index: number
}

/**
 * How alike two paragraphs must be, 0 to 1, to count as one paragraph edited: the lower of the two
 * directions' similarity. A sentence added to a paragraph of three, or a few words changed, stays
 * well above; two different paragraphs of this article stay below a half.
 */
export const MIN_PARAGRAPH_LIKENESS = 0.6

/** Every paragraph of `article` in reading order, the credit last. */
export function articleParagraphs(article: Article): ArticleParagraph[] {
  const out: ArticleParagraph[] = []
  for (const section of article.sections) {
    for (const p of section.paragraphs) {
      out.push({ id: p.id, sectionId: section.id, text: p.text, index: out.length })
    }
  }
  const last = article.sections.at(-1)?.id ?? ''
  out.push({ id: article.credit.id, sectionId: last, text: article.credit.text, index: out.length })
  return out
}

/** How alike `a` and `b` read, 0 to 1, the same whichever is given first. */
function likeness(a: string, b: string): number {
  if (a === b) return 1
  const shorter = Math.min(a.length, b.length)
  // Edits are at least the difference in length: a pair too unequal cannot reach the bar.
  if (shorter / Math.max(a.length, b.length) < MIN_PARAGRAPH_LIKENESS) return 0
  return Math.min(similarity(a, b), similarity(b, a))
}

/**
 * The paragraph of `paragraphs` that `text` (a paragraph's words as they once read) now is: the
 * one with exactly those words (the nearest to `hint`, its old place, if several have), else the
 * most alike at MIN_PARAGRAPH_LIKENESS or above. Null when no paragraph is alike enough: the
 * passage was deleted or rewritten, and a reference to it must not be moved onto another.
 */
export function findParagraph(
  paragraphs: readonly ArticleParagraph[],
  text: string,
  hint = 0
): ArticleParagraph | null {
  const exact = paragraphs.filter((p) => p.text === text)
  if (exact.length > 0) {
    return exact.reduce((a, b) => (Math.abs(b.index - hint) < Math.abs(a.index - hint) ? b : a))
  }
  let best: ArticleParagraph | null = null
  let bestScore = MIN_PARAGRAPH_LIKENESS
  for (const p of paragraphs) {
    const score = likeness(p.text, text)
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = p
      bestScore = score
    }
  }
  return best
}
