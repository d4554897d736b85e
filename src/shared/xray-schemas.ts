/**
 * The X-Ray: who and what the article is about (people, organisations, places, key terms), as
 * shipped in resources/content/xray.json, and who said what. Everything it teaches agrees with
 * FACTS.md; where the article only alludes to a place or names nobody, it says so.
 */
import { z } from 'zod'
import { ParagraphId } from './ids'
import { XRAY_KINDS } from './xray-names'

export const XrayId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an X-Ray id is a lower-case slug')

export const XrayKindSchema = z.enum(XRAY_KINDS)

/** A block of the article: a paragraph id, or a section id for its heading. */
const BlockId = z.union([ParagraphId, z.string().regex(/^[a-z][a-z0-9-]*$/)])

/** A passage that refers to an entry without naming it ("his meeting with the Russian leader last week"). */
export const XrayAllusionSchema = z.strictObject({ in: BlockId, text: z.string().min(1) })

export const XrayEntrySchema = z
  .strictObject({
    id: XrayId,
    kind: XrayKindSchema,
    /** The standard name ("Oval Office", not the paraphrase's "Oval Workplace"). */
    name: z.string().min(1).max(80),
    /** Who or what it is, in one line. */
    line: z.string().min(1).max(240),
    /** A person's office at the time (18 Aug 2025) and country. */
    office: z.string().min(1).optional(),
    country: z.string().min(1).optional(),
    /**
     * The names and titles it goes by in the article, character for character (paraphrases
     * included: "NATO Secretary-Normal Mark Rutte"). Empty when the article does not name it.
     */
    names: z.array(z.string().min(1)),
    /** Other names it goes by in the cards and the timeline ("Oval Office"), not in the article. */
    alsoKnownAs: z.array(z.string().min(1)).optional(),
    allusions: z.array(XrayAllusionSchema).optional()
  })
  .refine((entry) => entry.kind !== 'person' || (entry.office !== undefined && entry.country !== undefined), {
    message: 'a person needs an office and a country'
  })

/** A quotation in the article and who said (or wrote) it; its likely original words are a quote term's. */
export const XrayQuoteSchema = z.strictObject({
  speaker: XrayId,
  in: ParagraphId,
  /** The quote as printed, its quotation marks included. */
  text: z.string().min(1)
})

export const XraySchema = z.strictObject({
  entries: z.array(XrayEntrySchema),
  quotes: z.array(XrayQuoteSchema)
})

export type XrayKind = z.infer<typeof XrayKindSchema>
export type XrayEntry = z.infer<typeof XrayEntrySchema>
export type XrayQuote = z.infer<typeof XrayQuoteSchema>
export type Xray = z.infer<typeof XraySchema>
