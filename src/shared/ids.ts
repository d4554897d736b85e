import { z } from 'zod'

/**
 * Paragraph ids follow FACTS.md: P1…P34 count the non-empty, non-heading lines of article.txt.
 * In a module of its own so that schema modules which schemas.ts itself imports (the timeline's)
 * can use it without an import cycle.
 */
export const ParagraphId = z.string().regex(/^P[1-9]\d*$/, 'a paragraph id looks like P12')
