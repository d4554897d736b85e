import { articleParagraphs, findParagraph, type ArticleParagraph } from '@shared/anchoring/paragraph-match'
import type { OwnCard } from '@shared/card-schemas'
import type { Article, Content, Notice, Progress, StoreData } from '@shared/schemas'
import { reattachAnnotations } from './annotations-reanchor'

/** What happened to the user's references to paragraphs and sections when the content changed. */
export interface ParagraphReport {
  /** Own cards now pointing at a different paragraph id (the same words, moved or edited). */
  cardsMoved: number
  /** Own cards whose paragraph is gone: kept, detached, with its words. */
  cardsDetached: number
  /** Detached cards whose paragraph came back. */
  cardsRestored: number
  /** Section notes on a section the article no longer has (kept, shown as detached). */
  sectionNotesDetached: number
  /** Timeline notes on an event the timeline no longer has (kept, shown as detached). */
  eventNotesDetached: number
}

/** The words `id` had in `paragraphs`, if it is one of them. */
const wordsOf = (paragraphs: readonly ArticleParagraph[] | null, id: string): ArticleParagraph | undefined =>
  paragraphs?.find((p) => p.id === id)

/** An own card re-attached to `now`, its paragraph as the article now reads; or detached with `text`. */
function reattachCard(card: OwnCard, now: ArticleParagraph | null, text: string): OwnCard {
  const { sourceText: _carried, ...rest } = card
  return now === null
    ? { ...rest, sources: [], section: null, sourceText: text }
    : { ...rest, sources: [now.id], section: now.sectionId }
}

/**
 * The reading position in `paragraphs`: its paragraph found by its words; failing that (deleted or
 * rewritten), the first paragraph after it that still is there, since that is where the reader was
 * heading, keeping the lost paragraph's words so that a revert finds it again; failing that, the
 * paragraph at the same fraction of the article.
 */
function reattachProgress(
  progress: Progress,
  previous: readonly ArticleParagraph[] | null,
  paragraphs: readonly ArticleParagraph[]
): Progress {
  const { paragraphText, ...rest } = progress
  if (rest.paragraphId === null) return rest
  const old = wordsOf(previous, rest.paragraphId)
  const text = paragraphText ?? old?.text
  // A backup made before paragraph words were carried, into other content: the fraction is all there is.
  if (text === undefined) return fractionPosition(rest, paragraphs)
  const found = findParagraph(paragraphs, text, old?.index ?? 0)
  if (found) return { ...rest, paragraphId: found.id }
  for (const later of previous?.slice((old?.index ?? Infinity) + 1) ?? []) {
    const next = findParagraph(paragraphs, later.text, later.index)
    if (next) return { ...rest, paragraphId: next.id, paragraphText: text }
  }
  return { ...fractionPosition(rest, paragraphs), paragraphText: text }
}

/** The position at the paragraph standing at the same fraction of the article. */
function fractionPosition(progress: Progress, paragraphs: readonly ArticleParagraph[]): Progress {
  const at = paragraphs[Math.round(progress.fraction * (paragraphs.length - 1))] ?? paragraphs[0]
  return { ...progress, paragraphId: at?.id ?? null }
}

/**
 * Re-attach, in place, everything the user keyed by a paragraph id (own cards, the reading position)
 * to `data.content`'s article, by the paragraph's words: the words carried with the reference when
 * it has them (a backup, a detached card), else the words the id had in `previous`, the article the
 * ids were made against. A card whose words are no longer in the article is detached, never moved
 * onto another passage; a reference without words to go by (an old backup into other content) is
 * left as it is. Counts section and timeline notes left without their section or event: ids there
 * are written by hand in the content and stable, so those are kept as they are and shown as detached.
 */
export function reattachParagraphReferences(data: StoreData, previous: Article | null): ParagraphReport {
  const before = previous === null ? null : articleParagraphs(previous)
  const paragraphs = articleParagraphs(data.content.article)
  const report: ParagraphReport = {
    cardsMoved: 0,
    cardsDetached: 0,
    cardsRestored: 0,
    sectionNotesDetached: 0,
    eventNotesDetached: 0
  }
  data.flashcards.own = data.flashcards.own.map((card) => {
    const id = card.sources[0]
    const old = id === undefined ? undefined : wordsOf(before, id)
    const text = card.sourceText ?? old?.text
    if (text === undefined) return card
    const now = findParagraph(paragraphs, text, old?.index ?? 0)
    if (now === null) {
      if (id !== undefined) report.cardsDetached += 1
    } else if (id === undefined) report.cardsRestored += 1
    else if (now.id !== id) report.cardsMoved += 1
    return reattachCard(card, now, text)
  })
  data.progress = reattachProgress(data.progress, before, paragraphs)
  const sections = new Set(data.content.article.sections.map((s) => s.id))
  report.sectionNotesDetached = data.pageNotes.filter(
    (n) => n.target !== 'article' && !sections.has(n.target)
  ).length
  const events = new Set(data.content.timeline.events.map((e) => e.id))
  report.eventNotesDetached = data.eventNotes.filter((n) => !events.has(n.eventId)).length
  return report
}

const count = (n: number, what: string): string => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`

/** The sentence telling the user what happened to their cards and notes, or null when nothing did. */
function paragraphSentence(report: ParagraphReport): string | null {
  const parts: string[] = []
  if (report.cardsMoved > 0) parts.push(`${count(report.cardsMoved, 'own card')} followed its passage`)
  if (report.cardsRestored > 0)
    parts.push(`${count(report.cardsRestored, 'detached card')} found its passage again`)
  if (report.cardsDetached > 0)
    parts.push(`${count(report.cardsDetached, 'own card')} lost its passage and is kept, marked “detached”`)
  if (report.sectionNotesDetached > 0)
    parts.push(
      `${count(report.sectionNotesDetached, 'section note')} belongs to a section that is gone and is kept`
    )
  if (report.eventNotesDetached > 0)
    parts.push(
      `${count(report.eventNotesDetached, 'timeline note')} belongs to an event that is gone and is kept`
    )
  return parts.length === 0 ? null : `${parts.join('; ')}.`
}

/**
 * Put `content` in place of the stored content and re-attach everything the user made to it:
 * highlights by quote, own cards and the reading position by their paragraph's words. Answers the
 * notice telling the user what happened, or null when nothing of theirs needed telling about.
 * `previous` is the article the data's paragraph ids refer to (null for a backup, whose references
 * carry their words).
 */
export function refreshContent(
  data: StoreData,
  content: Content,
  at: Date,
  previous: Article | null
): Notice | null {
  data.content = content
  const annotations = reattachAnnotations(data)
  const paragraphs = paragraphSentence(reattachParagraphReferences(data, previous))
  const message = [annotations, paragraphs].filter((s) => s !== null).join(' ')
  if (message === '') return null
  return {
    id: `content-updated-${at.getTime()}`,
    kind: 'content-updated',
    message: annotations === null ? `The article was updated. ${message}` : message,
    file: null,
    at: at.toISOString()
  }
}
