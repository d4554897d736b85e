/**
 * The standard terms are complete: every row of TERMS.md (the checked list of every paraphrase in the
 * article, quotes included) is marked by the shipped terms in its own paragraph, showing its standard
 * wording as it should read there. TERMS.md lives beside the repository (`../shared/content/`), not
 * in it; the test fails, rather than skips, when it cannot be found.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, Term } from '@shared/schemas'
import { articleBlocks, type Block } from '../../renderer/src/features/reader/blocks'
import { findTermRanges, standardAt } from '../../renderer/src/features/reader/terms'
import { CONTENT_DIR } from '../../test-util/store'
import { loadContent } from './load-content'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))

/** Where TERMS.md may be: named by DEBRIEF_TERMS_MD, beside the clone (CI), or in the workspace. */
const CANDIDATES = [
  process.env.DEBRIEF_TERMS_MD,
  join(REPO, '..', 'shared', 'content', 'TERMS.md'),
  '/work/shared/content/TERMS.md'
].filter((path): path is string => path !== undefined && path !== '')

interface Row {
  where: string
  exact: string
  standard: string
  quote: boolean
}

/** The rows of TERMS.md's table; a table line that does not have four cells is an error, not skipped. */
function parseTermsTable(text: string): Row[] {
  const lines = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
  return lines.slice(1).map((line) => {
    const cells = line
      .slice(2, -1)
      .split(' | ')
      .map((cell) => cell.trim())
    if (cells.length !== 4) throw new Error(`TERMS.md: a row without four cells: ${line}`)
    const [where, exact, standard, note] = cells as [string, string, string, string]
    return { where, exact, standard: standard.replace(/ \(meaning\)$/, ''), quote: note.startsWith('QUOTE') }
  })
}

/** The block a row's "where" names: P1…P34, or a heading by its text. */
function blockOf(where: string, article: Article, blocks: readonly Block[]): Block | undefined {
  const heading = /^heading "(.+)"$/.exec(where)?.[1]
  const id = heading ? article.sections.find((s) => s.heading === heading)?.id : where
  return blocks.find((block) => block.id === id)
}

/** Every start of `exact` in `text` as whole words, case and characters as written. */
function occurrences(text: string, exact: string): number[] {
  const starts: number[] = []
  const word = /[\p{L}\p{N}_]/u
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + exact.length)
    if (!(before && word.test(before) && word.test(exact.charAt(0))) && !(after && word.test(after))) {
      starts.push(at)
    }
  }
  return starts
}

describe('the standard terms cover TERMS.md', () => {
  const path = CANDIDATES.find((candidate) => existsSync(candidate))
  let rows: Row[] = []
  let article: Article
  let blocks: Block[]

  beforeAll(async () => {
    if (!path) {
      throw new Error(
        `TERMS.md was not found (looked at ${CANDIDATES.join(', ')}). Put the project's shared folder ` +
          'beside the clone, or name the file in DEBRIEF_TERMS_MD.'
      )
    }
    rows = parseTermsTable(readFileSync(path, 'utf8'))
    ;({ article } = await loadContent(CONTENT_DIR))
    blocks = articleBlocks(article)
  })

  it('reads every row, the quotes among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(176)
    expect(rows.filter((row) => row.quote).length).toBeGreaterThanOrEqual(11)
  })

  it('marks every row in its paragraph, with its standard wording as it reads there', () => {
    const terms: readonly Term[] = article.terms
    const uncovered: string[] = []
    for (const row of rows) {
      const block = blockOf(row.where, article, blocks)
      const starts = block ? occurrences(block.text, row.exact) : []
      if (!block || starts.length === 0) {
        uncovered.push(`${row.where} “${row.exact}”: not in the article there`)
        continue
      }
      const ranges = findTermRanges(block.text, block.id, terms)
      const shown = (range: (typeof ranges)[number]): string =>
        standardAt((terms[range.term] as Term).standard, block.text.slice(range.start, range.end))
      // Each occurrence is marked: a quote row by a quote over exactly it, any other row by a phrase
      // holding it (a longer phrase may hold it, as "stated to" → "told" holds "stated").
      const marking = starts.map((start) =>
        ranges.find((range) =>
          row.quote
            ? range.quote === true && range.start === start && range.end === start + row.exact.length
            : range.quote !== true && range.start <= start && start + row.exact.length <= range.end
        )
      )
      if (marking.some((range) => range === undefined)) {
        uncovered.push(`${row.where} “${row.exact}”: not marked`)
      } else if (!marking.some((range) => range && shown(range).includes(row.standard))) {
        const seen = marking.map((range) => range && shown(range)).join(' / ')
        uncovered.push(`${row.where} “${row.exact}”: shows “${seen}”, not “${row.standard}”`)
      }
    }
    expect(uncovered).toEqual([])
  })

  it('shows “but” for a “however” inside a sentence, and “But” at its start', () => {
    const however = article.terms.find((term) => term.phrase === 'However') as Term
    expect(standardAt(however.standard, 'however')).toBe('but')
    expect(standardAt(however.standard, 'However')).toBe('But')
  })

  it('reads “he stated to Fox Information” as “he told Fox News”', () => {
    const block = blocks.find((b) => b.id === 'P27') as Block
    const start = block.text.indexOf('he stated to Fox Information')
    const read = findTermRanges(block.text, 'P27', article.terms)
      .filter((range) => range.start >= start && range.end <= start + 'he stated to Fox Information'.length)
      .map((range) => (article.terms[range.term] as Term).standard)
    expect(`he ${read.join(' ')}`).toBe('he told Fox News')
  })
})
