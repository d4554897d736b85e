import type { Article } from '../schemas'

/**
 * The separator between two blocks in the article text. Blank lines, as in article.txt, so a quote
 * that spans paragraphs reads naturally, and no block's own text can contain it (blocks are single
 * lines).
 */
export const BLOCK_SEPARATOR = '\n\n'

/** One block of the article text: a heading (id = section id), a paragraph, or the credit line. */
export interface TextBlock {
  id: string
  sectionId: string
  kind: 'heading' | 'paragraph' | 'credit'
  /** Offset of the block's first character in the article text. */
  start: number
  /** Offset just past its last character. */
  end: number
}

/**
 * The text annotations are anchored in: every heading, paragraph and the credit, in reading order,
 * joined with BLOCK_SEPARATOR. Headings are part of it so a selection may run across one. The title
 * and source line are not: they are not the article's body and cannot be highlighted.
 */
export interface ArticleText {
  text: string
  blocks: TextBlock[]
}

/** Build the article text and the offsets of each block in it. */
export function articleText(article: Article): ArticleText {
  const parts: { id: string; sectionId: string; kind: TextBlock['kind']; text: string }[] = []
  for (const section of article.sections) {
    if (section.heading !== null) {
      parts.push({ id: section.id, sectionId: section.id, kind: 'heading', text: section.heading })
    }
    for (const p of section.paragraphs) {
      parts.push({ id: p.id, sectionId: section.id, kind: 'paragraph', text: p.text })
    }
  }
  parts.push({
    id: article.credit.id,
    sectionId: article.sections.at(-1)?.id ?? '',
    kind: 'credit',
    text: article.credit.text
  })
  const blocks: TextBlock[] = []
  let offset = 0
  for (const part of parts) {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    blocks.push({
      id: part.id,
      sectionId: part.sectionId,
      kind: part.kind,
      start: offset,
      end: offset + part.text.length
    })
    offset += part.text.length
  }
  return { text: parts.map((p) => p.text).join(BLOCK_SEPARATOR), blocks }
}

/**
 * The block holding offset `offset` (binary search); an offset in a separator belongs to the block
 * after it, and one past the end to the last block.
 */
export function blockAt(blocks: readonly TextBlock[], offset: number): TextBlock | undefined {
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((blocks[mid] as TextBlock).end < offset) low = mid + 1
    else high = mid
  }
  return blocks[low]
}

/** The blocks [start, end) touches, in reading order (at least the one holding `start`). */
export function blocksIn(blocks: readonly TextBlock[], start: number, end: number): TextBlock[] {
  const first = blockAt(blocks, start)
  if (first === undefined) return []
  const touched = [first]
  for (let i = blocks.indexOf(first) + 1; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock
    if (block.start >= end) break
    touched.push(block)
  }
  return touched
}

/**
 * How a passage is referred to: its paragraph ids ("P12", or "P12–P13" across paragraphs); a passage
 * wholly in a heading is referred to by the paragraph that follows it.
 */
export function paragraphReference(blocks: readonly TextBlock[], start: number, end: number): string {
  const touched = blocksIn(blocks, start, end)
  const paragraphs = touched.filter((b) => b.kind !== 'heading')
  if (paragraphs.length === 0) {
    const after = blocks[blocks.indexOf(touched[0] as TextBlock) + 1]
    return after?.id ?? ''
  }
  const first = (paragraphs[0] as TextBlock).id
  const last = (paragraphs.at(-1) as TextBlock).id
  return first === last ? first : `${first}–${last}`
}
