import { z } from 'zod'
import { anchor, describeRange } from '@shared/anchoring/anchor'
import { articleText, blockAt, paragraphReference, type ArticleText } from '@shared/anchoring/article-text'
import { inArticleOrder } from '@shared/highlight-order'
import { HIGHLIGHT_COLORS, NOTE_MAX } from '@shared/limits'
import type { SavedFile } from '@shared/saved-file'
import {
  AnnotationSchema,
  HighlightColorSchema,
  type Annotation,
  type HighlightColor,
  type ImportReport,
  type PageNote
} from '@shared/annotation-schemas'
import type { StoreData } from '@shared/schemas'
import { ServiceError } from './service-error'

/** The JSON-LD context of the W3C Web Annotation Data Model: a name, never fetched. */
const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The article as an annotation target: Debrief studies one article, so one fixed name. */
const ARTICLE_IRI = 'urn:debrief:article'
const ID_PREFIX = 'urn:debrief:annotation:'

const isoDay = (at: Date): string => at.toISOString().slice(0, 10)

/** The user's annotations as a file to save: Markdown for reading (Obsidian), or W3C JSON. */
export function buildAnnotationFile(data: StoreData, format: 'markdown' | 'json', at: Date): SavedFile {
  return format === 'markdown'
    ? { fileName: `debrief-notes-${isoDay(at)}.md`, mimeType: 'text/markdown', text: toMarkdown(data, at) }
    : {
        fileName: `debrief-annotations-${isoDay(at)}.json`,
        mimeType: 'application/json',
        text: `${JSON.stringify(toW3c(data, at), null, 2)}\n`
      }
}

/** `text` as a Markdown blockquote, each line prefixed (blank lines kept inside the quote). */
const blockquote = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')

/**
 * `text` safe to embed inline in a Markdown line: line breaks become spaces (a name or tag cannot
 * start a line of its own, so cannot forge a heading or list item) and Markdown's punctuation is
 * escaped (it cannot turn into a link, emphasis or HTML).
 */
const inlineMarkdown = (text: string): string =>
  text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&')

/**
 * A note as a Markdown block: the user's own Markdown (emphasis, links, lists) kept, but a line that
 * would make a heading of its own, or turn the line above into one, escaped, so a note cannot forge
 * the export's structure ("## Forged heading").
 */
const noteMarkdown = (note: string): string =>
  note
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^( {0,3})(#|=+\s*$|-{2,}\s*$)/, '$1\\$2'))
    .join('\n')

/** A tag as Obsidian reads one: #word, spaces turned into hyphens, Markdown escaped. */
const hashtag = (tag: string): string => `#${inlineMarkdown(tag).replace(/\s+/g, '-')}`

function highlightMarkdown(a: Annotation, data: StoreData, text: ArticleText, detached: boolean): string {
  const [quote, position] = a.target.selector
  const lines = [blockquote(noteMarkdown(quote.exact)), '']
  if (a.note.trim() !== '') lines.push(noteMarkdown(a.note.trim()), '')
  const where = detached
    ? 'detached (its passage is no longer in the article)'
    : paragraphReference(text.blocks, position.start, position.end)
  lines.push(`- Colour: ${inlineMarkdown(data.colorNames[a.color])} (${a.color})`)
  if (a.tags.length > 0) lines.push(`- Tags: ${a.tags.map(hashtag).join(' ')}`)
  lines.push(`- Paragraph: ${where}`, '')
  return lines.join('\n')
}

/** Markdown: front matter, the article note, then each section's note and highlights in order. */
function toMarkdown(data: StoreData, at: Date): string {
  const { article } = data.content
  const text = articleText(article)
  const noteOn = (target: string): string | undefined =>
    data.pageNotes.find((n) => n.target === target)?.note.trim() || undefined
  const out = [
    '---',
    `title: ${JSON.stringify(`Notes on “${article.title}”`)}`,
    `source: ${JSON.stringify(`${article.source.publisher}, ${article.source.published}`)}`,
    `exported: ${at.toISOString()}`,
    'generator: Debrief',
    '---',
    '',
    `# Notes on “${article.title}”`,
    ''
  ]
  const articleNote = noteOn('article')
  if (articleNote) out.push('## Article note', '', noteMarkdown(articleNote), '')

  const bySection = new Map<string, Annotation[]>()
  for (const a of inArticleOrder(data.annotations)) {
    const sectionId = blockAt(text.blocks, a.target.selector[1].start)?.sectionId ?? ''
    bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), a])
  }
  for (const section of article.sections) {
    const note = noteOn(section.id)
    const highlights = bySection.get(section.id) ?? []
    if (!note && highlights.length === 0) continue
    out.push(`## ${section.heading ?? 'Opening'}`, '')
    if (note) out.push('### Section note', '', noteMarkdown(note), '')
    for (const a of highlights) out.push(highlightMarkdown(a, data, text, false))
  }
  const orphans = data.annotations.filter((a) => a.orphaned)
  if (orphans.length > 0) {
    out.push('## Detached highlights', '')
    for (const a of orphans) out.push(highlightMarkdown(a, data, text, true))
  }
  // Notes on a section a content update removed: kept, and exported, under the id they were written on.
  const sections = new Set(article.sections.map((s) => s.id))
  const detachedNotes = data.pageNotes.filter(
    (n) => n.target !== 'article' && !sections.has(n.target) && n.note.trim() !== ''
  )
  if (detachedNotes.length > 0) {
    out.push('## Detached section notes', '')
    for (const n of detachedNotes) {
      out.push(
        `### ${inlineMarkdown(n.target)} (no longer in the article)`,
        '',
        noteMarkdown(n.note.trim()),
        ''
      )
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** One annotation in the W3C Web Annotation Data Model. */
function w3cItem(a: Annotation): object {
  return {
    id: `${ID_PREFIX}${a.id}`,
    type: 'Annotation',
    motivation: a.note.trim() === '' ? 'highlighting' : 'commenting',
    created: a.created,
    modified: a.updated,
    body: [
      ...(a.note === ''
        ? []
        : [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.note }]),
      ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      { type: 'TextualBody', purpose: 'classifying', value: a.color }
    ],
    target: { source: ARTICLE_IRI, selector: a.target.selector },
    ...(a.orphaned ? { 'debrief:orphaned': true } : {})
  }
}

/** A page note as an annotation whose target is the article, or one section of it (a fragment). */
function w3cPageNote(n: PageNote): object {
  return {
    id: `${ID_PREFIX}note-${n.target}`,
    type: 'Annotation',
    motivation: 'commenting',
    modified: n.updated,
    body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: n.note }],
    target: n.target === 'article' ? ARTICLE_IRI : `${ARTICLE_IRI}#${n.target}`
  }
}

/** One W3C AnnotationCollection holding every annotation and page note, in a single page. */
function toW3c(data: StoreData, at: Date): object {
  const items = [...data.pageNotes.map(w3cPageNote), ...data.annotations.map(w3cItem)]
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: `Debrief annotations on “${data.content.article.title}”`,
    generator: 'Debrief',
    generated: at.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', items }
  }
}

// ── Import ─────────────────────────────────────────────────────────────────────────────────────

const CollectionSchema = z.object({
  '@context': z.union([z.literal(W3C_CONTEXT), z.array(z.unknown()).refine((c) => c.includes(W3C_CONTEXT))]),
  type: z.literal('AnnotationCollection'),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()).max(100_000) })
})

const BodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['commenting', 'tagging', 'classifying', 'describing', 'highlighting']).optional(),
  value: z.string()
})

const ItemSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('Annotation'),
  created: z.iso.datetime().optional(),
  modified: z.iso.datetime().optional(),
  body: z.union([BodySchema, z.array(BodySchema)]).optional(),
  target: z.union([z.string(), z.object({ source: z.literal(ARTICLE_IRI), selector: z.array(z.unknown()) })]),
  'debrief:orphaned': z.boolean().optional()
})

/**
 * Why an item was rejected, for the person importing it: what is wrong with the item in words,
 * never a schema path ("target.selector.1.start: Too small").
 */
function itemProblem(error: z.ZodError): string {
  const path = error.issues[0]?.path ?? []
  const [field, index] = path
  if (field === 'target' && path[1] === 'source') return 'it annotates another document, not this article'
  if (field === 'target' && index === 'selector') {
    return path[2] === 0
      ? 'its quoted passage is missing, or longer than any passage of the article'
      : 'its position points outside the article (a passage must start at or after the beginning and end after it starts)'
  }
  switch (field) {
    case 'type':
      return 'it is not an annotation (its type is not “Annotation”)'
    case 'id':
      return 'its id is missing or longer than 200 characters'
    case 'created':
    case 'updated':
    case 'modified':
      return 'its date is not a date and time'
    case 'note':
      return 'its note is longer than 20,000 characters'
    case 'tags':
      return 'it has an empty tag, a tag longer than 64 characters, or more than 64 tags'
    case 'target':
      return 'it does not say which passage of the article it marks'
    case 'body':
      return 'its note, tags or colour are not text'
    default:
      return 'it is not an annotation Debrief can read'
  }
}

/** The annotation a W3C item describes, or why it cannot be one. */
function fromW3c(raw: z.infer<typeof ItemSchema>, at: Date): Annotation | string {
  if (typeof raw.target === 'string') return 'not a highlight'
  const quote = raw.target.selector.find((s) => (s as { type?: unknown })?.type === 'TextQuoteSelector')
  const position = raw.target.selector.find((s) => (s as { type?: unknown })?.type === 'TextPositionSelector')
  const bodies = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body]
  const color = bodies.find(
    (b) => b.purpose === 'classifying' && HighlightColorSchema.safeParse(b.value).success
  )
  const created = raw.created ?? raw.modified ?? at.toISOString()
  const candidate = {
    id: raw.id.startsWith(ID_PREFIX) ? raw.id.slice(ID_PREFIX.length) : raw.id,
    created,
    updated: raw.modified ?? created,
    color: (color?.value ?? HIGHLIGHT_COLORS[0]) as HighlightColor,
    note: bodies
      .filter((b) => b.purpose === 'commenting' || b.purpose === undefined)
      .map((b) => b.value)
      .join('\n\n'),
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    target: { selector: [quote, position] },
    orphaned: raw['debrief:orphaned'] ?? false
  }
  const parsed = AnnotationSchema.safeParse(candidate)
  if (!parsed.success) {
    if (quote === undefined || position === undefined)
      return 'it needs both a TextQuoteSelector and a TextPositionSelector'
    return itemProblem(parsed.error)
  }
  return parsed.data
}

/** An annotation's content, for telling exact duplicates apart from conflicts. */
const contentKey = (a: Annotation): string =>
  JSON.stringify([
    a.color,
    a.note,
    a.tags,
    a.target.selector[0],
    a.target.selector[1].start,
    a.target.selector[1].end
  ])

/**
 * Read an exported collection against the current data, changing nothing: answers the annotations
 * to add (re-anchored in the current article; those that cannot be placed come in as orphans), the
 * page notes as they would then be, and a report of what was added, skipped or rejected and why.
 * A file that is not JSON, or not a W3C annotation collection, is refused as a whole.
 */
export function importAnnotations(
  data: StoreData,
  fileText: string,
  at: Date
): { report: ImportReport; annotations: Annotation[]; pageNotes: PageNote[] } {
  let json: unknown
  try {
    json = JSON.parse(fileText)
  } catch {
    throw new ServiceError(
      'invalid-input',
      'That file is not readable JSON (it may be damaged). Nothing was imported.'
    )
  }
  const collection = CollectionSchema.safeParse(json)
  if (!collection.success) {
    throw new ServiceError(
      'invalid-input',
      'That file is not an annotation export (a W3C Web Annotation collection, as Debrief exports as JSON). Nothing was imported.'
    )
  }
  const { text } = articleText(data.content.article)
  const sections = new Set(data.content.article.sections.map((s) => s.id))
  const report: ImportReport = { added: 0, skipped: 0, rejected: [] }
  const added: Annotation[] = []
  const pageNotes = [...data.pageNotes]
  const byId = new Map(data.annotations.map((a) => [a.id, a]))
  const contents = new Set(data.annotations.map(contentKey))

  collection.data.first.items.forEach((rawItem, index) => {
    const item = index + 1
    const reject = (reason: string): void => void report.rejected.push({ item, reason })
    const source = (rawItem as { target?: { source?: unknown } } | null)?.target?.source
    if (typeof source === 'string' && source !== ARTICLE_IRI)
      return reject('it annotates another document, not this article')
    const parsed = ItemSchema.safeParse(rawItem)
    if (!parsed.success) return reject(itemProblem(parsed.error))
    const raw = parsed.data

    if (typeof raw.target === 'string') {
      const target = raw.target === ARTICLE_IRI ? 'article' : raw.target.replace(`${ARTICLE_IRI}#`, '')
      if (target !== 'article' && !sections.has(target))
        return reject(`the article has no section “${target}”`)
      const bodies = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body]
      const note = bodies.map((b) => b.value).join('\n\n')
      const current = pageNotes.find((n) => n.target === target)
      if (current?.note === note || note.trim() === '') return void (report.skipped += 1)
      const merged = current ? `${current.note}\n\n${note}` : note
      if (merged.length > NOTE_MAX) {
        return reject(`the note would be longer than ${NOTE_MAX.toLocaleString('en-GB')} characters`)
      }
      const written: PageNote = { target, note: merged, updated: raw.modified ?? at.toISOString() }
      pageNotes.splice(0, pageNotes.length, ...pageNotes.filter((n) => n.target !== target), written)
      report.added += 1
      return
    }

    const annotation = fromW3c(raw, at)
    if (typeof annotation === 'string') return reject(annotation)
    const key = contentKey(annotation)
    const sameId = byId.get(annotation.id)
    if (sameId !== undefined) {
      if (contentKey(sameId) === key) return void (report.skipped += 1)
      return reject('a different highlight with the same id is already here')
    }
    if (contents.has(key)) return void (report.skipped += 1)
    const placed = anchor(text, annotation.target.selector)
    if (placed === null) annotation.orphaned = true
    else {
      annotation.orphaned = false
      if (placed.by !== 'position') annotation.target.selector = describeRange(text, placed.start, placed.end)
    }
    added.push(annotation)
    byId.set(annotation.id, annotation)
    contents.add(key)
    report.added += 1
  })
  return { report, annotations: added, pageNotes }
}
