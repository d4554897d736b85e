import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DeckSchema } from '@shared/card-schemas'
import { PlacesSchema } from '@shared/places-schemas'
import { ContentSchema, TermSchema, type Content } from '@shared/schemas'
import { TimelineSchema } from '@shared/timeline-schemas'
import { timelineCards } from '@shared/timeline-cards'
import { XraySchema } from '@shared/xray-schemas'
import { checkDeck } from './check-deck'
import { parseArticle, type ArticleMeta } from './parse-article'
import { checkPlaceReferences } from './place-references'
import { checkTimelineReferences } from './timeline-references'
import { checkXray } from './check-xray'

const ArticleMetaSchema = z.strictObject({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  source: z.strictObject({ publisher: z.string().min(1), published: z.string().min(1) }),
  opening: z.strictObject({ id: z.string().min(1) }),
  sections: z.array(z.strictObject({ id: z.string().min(1), heading: z.string().min(1) })).min(1)
}) satisfies z.ZodType<ArticleMeta>

/** The files that make up the shipped content; their bytes, in this order, define its version. */
export const CONTENT_FILES = [
  'article.txt',
  'article.json',
  'terms.json',
  'timeline.json',
  'cards.json',
  'places.json',
  'xray.json'
] as const

/**
 * Read, parse and validate the shipped content in `dir` (resources/content). The version is a hash
 * of the files' bytes, so any edit to the content is seen as an upgrade by the store.
 */
export async function loadContent(dir: string): Promise<Content> {
  const [text, metaJson, termsJson, timelineJson, cardsJson, placesJson, xrayJson] = (await Promise.all(
    CONTENT_FILES.map((name) => readFile(join(dir, name)))
  )) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer]
  const hash = createHash('sha256')
  for (const bytes of [text, metaJson, termsJson, timelineJson, cardsJson, placesJson, xrayJson])
    hash.update(bytes)

  const meta = ArticleMetaSchema.parse(JSON.parse(metaJson.toString('utf8')))
  const terms = z.array(TermSchema).parse(JSON.parse(termsJson.toString('utf8')))
  const article = parseArticle(text.toString('utf8'), meta, terms)
  const timeline = checkTimelineReferences(
    TimelineSchema.parse(JSON.parse(timelineJson.toString('utf8'))),
    article
  )
  // The timeline's "When did…" and "Which came first…" cards join the written deck, checked alike.
  const written = DeckSchema.parse(JSON.parse(cardsJson.toString('utf8')))
  const cards = checkDeck([...written, ...timelineCards(timeline.events, article, written)], article)
  const places = checkPlaceReferences(
    PlacesSchema.parse(JSON.parse(placesJson.toString('utf8'))),
    timeline,
    article
  )
  const xray = checkXray(XraySchema.parse(JSON.parse(xrayJson.toString('utf8'))), article)
  return ContentSchema.parse({
    version: hash.digest('hex').slice(0, 16),
    article,
    timeline,
    cards,
    places,
    xray
  })
}
