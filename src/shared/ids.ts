/**
 * Every id and slug, once: the shipped content's (paragraphs, sections, events, built-in cards and
 * their tags) and those the app makes for what the user writes. A leaf: it imports only zod and the
 * plain limits, so every schema module can use it without an import circle.
 */
import { z } from 'zod'
import { OWN_CARD_PREFIX } from './limits'

/** Paragraph ids follow FACTS.md: P1…P34 count the non-empty, non-heading lines of article.txt. */
export const ParagraphId = z.string().regex(/^P[1-9]\d*$/, 'a paragraph id looks like P12')

/** A lower-case slug: letters, digits and hyphens, not starting with a hyphen. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/

/** A section id: a lower-case slug starting with a letter. */
export const SectionId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a section id is a lower-case slug')

/** A timeline event's id: a lower-case slug. */
export const EventId = z.string().regex(SLUG, 'an event id is a lower-case slug')

/** A built-in card's id: hyphen-separated lower-case words, never starting as own cards do. */
export const DeckCardId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a card id is a lower-case slug')
  .refine((id) => !id.startsWith(OWN_CARD_PREFIX), `a built-in card id may not start "${OWN_CARD_PREFIX}"`)

/** A topic tag on a built-in card: a lower-case slug. */
export const DeckTag = z.string().regex(SLUG, 'a tag is a lower-case slug')

/** Any card's id, as a caller may name it (deck ids are slugs, own ids `own-…`). */
export const CardId = z.string().min(1, 'name a card').max(100, 'a card id is at most 100 characters')

/** The id the app gave something the user made or started (a highlight, a note, a quiz): opaque. */
export const ItemId = z.string().min(1).max(100)
