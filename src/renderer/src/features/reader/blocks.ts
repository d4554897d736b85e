import type { Article } from '@shared/schemas'

/** What a block of the article is: a section heading, a paragraph, or the closing credit line. */
export type BlockKind = 'heading' | 'paragraph' | 'credit'

/**
 * One piece of the article's own text, in reading order. A heading's id is its section's id and a
 * paragraph's is its paragraph id, which is how terms (`in`) and saved positions refer to them.
 */
export interface Block {
  id: string
  kind: BlockKind
  sectionId: string
  text: string
}

/** The article's text as blocks in reading order: each heading, its paragraphs, and the credit last. */
export function articleBlocks(article: Article): Block[] {
  const blocks: Block[] = []
  for (const section of article.sections) {
    if (section.heading !== null) {
      blocks.push({ id: section.id, kind: 'heading', sectionId: section.id, text: section.heading })
    }
    for (const paragraph of section.paragraphs) {
      blocks.push({ id: paragraph.id, kind: 'paragraph', sectionId: section.id, text: paragraph.text })
    }
  }
  const last = article.sections.at(-1)
  blocks.push({ id: article.credit.id, kind: 'credit', sectionId: last?.id ?? '', text: article.credit.text })
  return blocks
}

/** Whole minutes a reader needs at `wordsPerMinute`, never less than one. */
export function readingMinutes(blocks: readonly Block[], wordsPerMinute = 230): number {
  const words = blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0)
  return Math.max(1, Math.round(words / wordsPerMinute))
}

/** One entry of the contents: a section, and the id of the element a jump lands on. */
export interface ContentsEntry {
  sectionId: string
  label: string
  targetId: string
}

/** The id of the article's title, where a jump to the untitled opening lands. */
export const TITLE_ID = 'article-title'

/** The contents: the untitled opening (landing on the title), then each section by its heading. */
export function contentsEntries(article: Article): ContentsEntry[] {
  return article.sections.map((section) =>
    section.heading === null
      ? { sectionId: section.id, label: 'Opening', targetId: TITLE_ID }
      : { sectionId: section.id, label: section.heading, targetId: section.id }
  )
}

/** Each block's position in reading order, by block id. */
export function blockOrder(blocks: readonly Block[]): Map<string, number> {
  return new Map(blocks.map((block, index) => [block.id, index]))
}
