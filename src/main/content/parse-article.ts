import type { Article, Paragraph, Section, Term } from '@shared/schemas'

/** The hand-written description of article.txt: its title, source and the headings of its sections. */
export interface ArticleMeta {
  title: string
  shortTitle: string
  source: Article['source']
  opening: { id: string }
  sections: { id: string; heading: string }[]
}

/**
 * Split article.txt into the opening, its titled sections and the credit line, numbering paragraphs
 * P1…Pn as FACTS.md does (non-empty, non-heading lines, in order). Lines are kept exactly as written.
 * Throws when a declared heading is missing, out of order, or a section has no paragraphs.
 */
export function parseArticle(text: string, meta: ArticleMeta, terms: Term[]): Article {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const sections: Section[] = []
  let current: Section = { id: meta.opening.id, heading: null, paragraphs: [] }
  let next = 0
  let count = 0
  for (const line of lines) {
    const declared = meta.sections[next]
    if (declared && line === declared.heading) {
      sections.push(current)
      current = { id: declared.id, heading: declared.heading, paragraphs: [] }
      next += 1
    } else {
      count += 1
      current.paragraphs.push({ id: `P${count}`, text: line })
    }
  }
  sections.push(current)
  if (next < meta.sections.length) {
    throw new Error(`article.txt has no heading line "${meta.sections[next]?.heading}" where expected`)
  }
  const credit: Paragraph | undefined = current.paragraphs.pop()
  if (!credit) throw new Error('article.txt has no credit line')
  const empty = sections.find((section) => section.paragraphs.length === 0)
  if (empty) throw new Error(`section "${empty.id}" of article.txt has no paragraphs`)

  const blockIds = new Set([...sections.map((s) => s.id), credit.id])
  for (const section of sections) for (const p of section.paragraphs) blockIds.add(p.id)
  for (const term of terms) {
    const unknown = term.in?.find((id) => !blockIds.has(id))
    if (unknown) throw new Error(`term "${term.phrase}" names "${unknown}", which the article does not have`)
  }

  return {
    title: meta.title,
    shortTitle: meta.shortTitle,
    source: meta.source,
    credit,
    sections,
    terms
  }
}
