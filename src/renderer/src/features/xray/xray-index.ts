import type { DeckCard } from '@shared/card-schemas'
import { articleText } from '@shared/anchoring/article-text'
import type { Content, Term } from '@shared/schemas'
import type { TimelineEvent } from '@shared/timeline-schemas'
import { findNames, XRAY_KINDS } from '@shared/xray-names'
import type { XrayEntry, XrayKind, XrayQuote } from '@shared/xray-schemas'

/** Where an entry is named in the article, with the words around it for a link's label. */
export interface Mention {
  blockId: string
  /** The stretch in the article text (as annotations are anchored), for marking it in the reader. */
  range: { start: number; end: number }
  before: string
  name: string
  after: string
}

/** A quotation and its likely original words, when the paraphrase altered them (FACTS §5.1). */
export interface AttributedQuote {
  quote: XrayQuote
  range: { start: number; end: number }
  /** The speaker's likely words; null when the article prints them as said. */
  standard: string | null
  note: string | null
}

/** One X-Ray entry with everything it is linked to. */
export interface XrayItem {
  entry: XrayEntry
  mentions: Mention[]
  quotes: AttributedQuote[]
  cards: DeckCard[]
  events: TimelineEvent[]
}

const AROUND = 48

function cardWords(card: DeckCard): string {
  const faces = card.type === 'basic' ? `${card.front}\n${card.back}` : card.text
  return `${faces}\n${card.explain ?? ''}`
}

/**
 * Join the X-Ray to the article, the deck and the timeline: each entry's mentions (found by the
 * names it goes by), the quotes it said with their likely words, and the cards and events that name
 * it. Pure, so the view and the tests see the same links.
 */
export function buildXray(content: Content): XrayItem[] {
  const { text, blocks } = articleText(content.article)
  const blockTexts = blocks.map((b) => ({ id: b.id, text: text.slice(b.start, b.end) }))
  const startOf = new Map(blocks.map((b) => [b.id, b.start]))
  const quoteTerms = content.article.terms.filter((t): t is Term & { quote: true } => t.quote === true)

  return content.xray.entries.map((entry) => {
    const mentions = findNames(entry.names, blockTexts).map((match): Mention => {
      const blockText = blockTexts.find((b) => b.id === match.blockId)?.text ?? ''
      const at = startOf.get(match.blockId) ?? 0
      const from = Math.max(0, match.start - AROUND)
      const to = Math.min(blockText.length, match.end + AROUND)
      return {
        blockId: match.blockId,
        range: { start: at + match.start, end: at + match.end },
        before: (from > 0 ? '…' : '') + blockText.slice(from, match.start),
        name: blockText.slice(match.start, match.end),
        after: blockText.slice(match.end, to) + (to < blockText.length ? '…' : '')
      }
    })
    const quotes = content.xray.quotes
      .filter((q) => q.speaker === entry.id)
      .map((quote): AttributedQuote => {
        const term = quoteTerms.find((t) => t.phrase === quote.text && (t.in?.includes(quote.in) ?? true))
        const at =
          (startOf.get(quote.in) ?? 0) +
          (blockTexts.find((b) => b.id === quote.in)?.text.indexOf(quote.text) ?? 0)
        const altered = term !== undefined && term.standard !== quote.text
        return {
          quote,
          range: { start: at, end: at + quote.text.length },
          standard: altered ? term.standard : null,
          note: term?.note ?? null
        }
      })
    const words = [...entry.names, ...(entry.alsoKnownAs ?? [])]
    const names = (value: string): boolean =>
      words.length > 0 && findNames(words, [{ id: '', text: value }]).length > 0
    const cards = content.cards.filter((card) => names(cardWords(card)))
    const events = content.timeline.events.filter(
      (event) =>
        event.participants.some((p) => p === entry.name || names(p)) ||
        names(`${event.title}\n${event.summary}\n${event.place ?? ''}`)
    )
    return { entry, mentions, quotes, cards, events }
  })
}

/** The X-Ray's entries grouped by kind, in the order of XRAY_KINDS, each with its count. */
export function byKind(items: readonly XrayItem[]): { kind: XrayKind; items: XrayItem[] }[] {
  return XRAY_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.entry.kind === kind) }))
}

/** What a kind is called in the X-Ray's headings. */
export const KIND_LABELS: Record<XrayKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  term: 'Key terms'
}
