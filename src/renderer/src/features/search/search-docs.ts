import { articleText, blockAt } from '@shared/anchoring/article-text'
import type { PageNote } from '@shared/annotation-schemas'
import { cardAnswerSide, cardPrompt } from '@shared/card-text'
import type { AnyCard } from '@shared/card-schemas'
import type { Annotation } from '@shared/annotation-schemas'
import type { Article, Term, Theme } from '@shared/schemas'
import type { EventNote, TimelineEvent } from '@shared/timeline-schemas'
import type { XrayEntry } from '@shared/xray-schemas'
import { TITLE_ID } from '../reader/blocks'
import { findTermRanges, standardAt, type TermRange } from '../reader/terms'

/** What a result is, in the order the palette groups them. */
export const RESULT_KINDS = ['command', 'passage', 'highlight', 'pagenote', 'card', 'event', 'xray'] as const
export type ResultKind = (typeof RESULT_KINDS)[number]

/** The app commands the palette offers beside the results. */
export type CommandId = 'study' | 'quiz' | 'backup' | `theme-${Theme}`

/** Where opening a result takes the user. */
export type Target =
  | { kind: 'passage'; blockId: string; range: { start: number; end: number } | null }
  | { kind: 'highlight'; blockId: string; range: { start: number; end: number } }
  | { kind: 'pagenote'; section: string }
  | { kind: 'card'; id: string; prompt: string }
  | { kind: 'event'; id: string; paragraphId: string }
  | { kind: 'xray'; id: string }
  | { kind: 'command'; id: CommandId }

/** One searchable thing: its words in fields MiniSearch indexes, and where it opens. */
export interface SearchDoc {
  id: string
  kind: ResultKind
  title: string
  text: string
  /** The text with every paraphrase in its standard wording, so "Oval Office" finds "Oval Workplace". */
  standard: string
  tags: string
  target: Target
}

/** Everything the palette searches. */
export interface SearchSources {
  article: Article
  annotations: readonly Annotation[]
  pageNotes: readonly PageNote[]
  cards: readonly AnyCard[]
  events: readonly TimelineEvent[]
  eventNotes: readonly EventNote[]
  xray: readonly XrayEntry[]
}

const COMMANDS: { id: CommandId; title: string; text: string }[] = [
  { id: 'study', title: 'Study now', text: 'review due flashcards cards' },
  { id: 'quiz', title: 'Start a quiz', text: 'test questions flashcards' },
  { id: 'backup', title: 'Back up everything', text: 'backup save export data file' },
  { id: 'theme-light', title: 'Switch to the Light theme', text: 'theme colours appearance' },
  { id: 'theme-dark', title: 'Switch to the Dark theme', text: 'theme colours appearance night' },
  { id: 'theme-sepia', title: 'Switch to the Sepia theme', text: 'theme colours appearance' },
  { id: 'theme-system', title: 'Switch to the System theme', text: 'theme colours appearance follow' }
]

/**
 * `text` with each paraphrased phrase in its standard wording: a quote by its likely words as a
 * whole, any other phrase by its own (terms inside a quote are part of the quote's wording).
 * `ranges` are the text's term ranges (findTermRanges), found once per block.
 */
export function standardText(text: string, ranges: readonly TermRange[], terms: readonly Term[]): string {
  let out = ''
  let at = 0
  for (const range of ranges) {
    if (range.start < at || range.end > text.length) continue
    const occurrence = text.slice(range.start, range.end)
    out += text.slice(at, range.start) + standardAt((terms[range.term] as Term).standard, occurrence)
    at = range.end
  }
  return out + text.slice(at)
}

/** The term ranges wholly inside [from, to) of a block, moved to start at `from`. */
function rangesWithin(ranges: readonly TermRange[], from: number, to: number): TermRange[] {
  return ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ ...r, start: r.start - from, end: r.end - from }))
}

/** Every document the palette searches, built from the app's content and the user's data. */
export function searchDocs(sources: SearchSources): SearchDoc[] {
  const { article } = sources
  const docs: SearchDoc[] = COMMANDS.map((c) => ({
    id: `command:${c.id}`,
    kind: 'command',
    title: c.title,
    text: c.text,
    standard: '',
    tags: '',
    target: { kind: 'command', id: c.id }
  }))
  const full = articleText(article)
  const blockText = (id: string): string => {
    const block = full.blocks.find((b) => b.id === id)
    return block ? full.text.slice(block.start, block.end) : ''
  }
  docs.push({
    id: 'passage:headline',
    kind: 'passage',
    title: 'Headline',
    text: article.title,
    standard: standardText(
      article.title,
      findTermRanges(article.title, TITLE_ID, article.terms),
      article.terms
    ),
    tags: '',
    target: { kind: 'passage', blockId: TITLE_ID, range: null }
  })
  // Term phrases are found once per block; a highlight takes those inside its quote.
  const rangesOf = new Map(
    full.blocks.map((b) => [b.id, findTermRanges(blockText(b.id), b.id, article.terms)] as const)
  )
  for (const block of full.blocks) {
    const text = blockText(block.id)
    docs.push({
      id: `passage:${block.id}`,
      kind: 'passage',
      title: block.kind === 'heading' ? 'Heading' : block.id,
      text,
      standard: standardText(text, rangesOf.get(block.id) ?? [], article.terms),
      tags: '',
      target: { kind: 'passage', blockId: block.id, range: { start: block.start, end: block.end } }
    })
  }
  // Newest first: when thousands of highlights match, the search ranks the first ones.
  const newestFirst = [...sources.annotations].sort((a, b) => b.updated.localeCompare(a.updated))
  for (const annotation of newestFirst) {
    if (annotation.orphaned) continue
    const [quote, position] = annotation.target.selector
    const block = blockAt(full.blocks, position.start)
    docs.push({
      id: `highlight:${annotation.id}`,
      kind: 'highlight',
      title: quote.exact,
      text: annotation.note,
      standard: block
        ? standardText(
            quote.exact,
            rangesWithin(
              rangesOf.get(block.id) ?? [],
              position.start - block.start,
              position.end - block.start
            ),
            article.terms
          )
        : '',
      tags: annotation.tags.join(' '),
      target: {
        kind: 'highlight',
        blockId: block?.id ?? '',
        range: { start: position.start, end: position.end }
      }
    })
  }
  for (const note of sources.pageNotes) {
    if (note.note.trim() === '') continue
    const section = article.sections.find((s) => s.id === note.target)
    docs.push({
      id: `pagenote:${note.target}`,
      kind: 'pagenote',
      title:
        note.target === 'article' ? 'Note on the article' : `Note on “${section?.heading ?? 'the opening'}”`,
      text: note.note,
      standard: '',
      tags: '',
      target: { kind: 'pagenote', section: note.target }
    })
  }
  for (const card of sources.cards) {
    docs.push({
      id: `card:${card.id}`,
      kind: 'card',
      title: cardPrompt(card),
      text: cardAnswerSide(card),
      standard: '',
      tags: card.tags.join(' '),
      target: { kind: 'card', id: card.id, prompt: cardPrompt(card) }
    })
  }
  for (const event of sources.events) {
    const notes = sources.eventNotes.filter((n) => n.eventId === event.id)
    docs.push({
      id: `event:${event.id}`,
      kind: 'event',
      title: event.title,
      text: [
        event.summary,
        event.place ?? '',
        event.participants.join(', '),
        ...notes.map((n) => n.note)
      ].join('\n'),
      standard: '',
      tags: notes.flatMap((n) => n.tags).join(' '),
      target: { kind: 'event', id: event.id, paragraphId: event.paragraphIds[0] ?? '' }
    })
  }
  for (const entry of sources.xray) {
    docs.push({
      id: `xray:${entry.id}`,
      kind: 'xray',
      title: entry.name,
      text: [entry.line, entry.office ?? '', ...entry.names].join('\n'),
      standard: (entry.alsoKnownAs ?? []).join('\n'),
      tags: entry.kind,
      target: { kind: 'xray', id: entry.id }
    })
  }
  return docs
}
