/**
 * How a card reads: its prompt, its answer and its tags, for built-in and own cards alike. Shared by
 * the services (quiz, export) and the renderer (review, editor), so both say the same thing.
 */
import { CLOZE_PATTERN } from './limits'
import type { AnyCard } from './card-schemas'

/** What a cloze deletion shows while hidden. */
export const CLOZE_BLANK = '[…]'

/** The hidden parts of cloze text, in order. */
export function clozeDeletions(text: string): string[] {
  return [...text.matchAll(new RegExp(CLOZE_PATTERN.source, 'g'))].map((match) => match[1]!)
}

/** Cloze text with every deletion hidden. */
export function maskCloze(text: string): string {
  return text.replace(new RegExp(CLOZE_PATTERN.source, 'g'), CLOZE_BLANK)
}

/** Cloze text with every deletion shown as plain words. */
export function revealCloze(text: string): string {
  return text.replace(new RegExp(CLOZE_PATTERN.source, 'g'), '$1')
}

/** The question side: the front, or the cloze text with its deletions hidden. */
export function cardPrompt(card: AnyCard): string {
  return card.type === 'basic' ? card.front : maskCloze(card.text)
}

/** The answer a quiz expects: the back, or the hidden words of a cloze. */
export function cardAnswer(card: AnyCard): string {
  return card.type === 'basic' ? card.back : clozeDeletions(card.text).join(', ')
}

/** The full answer side as a review shows it: the back, or the whole cloze sentence. */
export function cardAnswerSide(card: AnyCard): string {
  return card.type === 'basic' ? card.back : revealCloze(card.text)
}

/** Every tag of a card: its section, its kind and its topics. */
export function cardTags(card: AnyCard): string[] {
  return [...(card.section ? [card.section] : []), card.kind, ...card.tags]
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A span of time as a grade button shows it: "1m", "10m", "5h", "3d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`
  const days = ms / DAY
  if (days < 30) return `${Math.round(days)}d`
  if (days < 365) return `${Math.round(days / 30)}mo`
  return `${Number((days / 365).toFixed(1))}y`
}
