/**
 * The shipped content: the app shows article.txt verbatim, numbered as FACTS.md numbers it, with every
 * standard-terms entry found where it says it is, and a version that changes with any content file.
 */
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentSchema, type Article } from '@shared/schemas'
import { CONTENT_DIR } from '../../test-util/store'
import { CONTENT_FILES, loadContent } from './load-content'

const ARTICLE_TXT = join(CONTENT_DIR, 'article.txt')
/** The article as the project's brief hands it over, when this checkout sits in that workspace. */
const BRIEF_ARTICLE_TXT = '/work/shared/content/article.txt'

/** The lines the reader shows, in reading order: each section's heading (if any) and paragraphs, then the credit. */
function shownLines(article: Article): string[] {
  return [
    ...article.sections.flatMap((section) => [
      ...(section.heading === null ? [] : [section.heading]),
      ...section.paragraphs.map((p) => p.text)
    ]),
    article.credit.text
  ]
}

function allParagraphs(article: Article): { id: string; text: string }[] {
  return [...article.sections.flatMap((s) => s.paragraphs), article.credit]
}

describe('the shipped content', () => {
  it('loads and validates', async () => {
    const content = await loadContent(CONTENT_DIR)

    expect(ContentSchema.safeParse(content).success).toBe(true)
  })

  it('shows exactly the non-empty lines of article.txt, character for character and in order', async () => {
    const { article } = await loadContent(CONTENT_DIR)
    const fileLines = (await readFile(ARTICLE_TXT, 'utf8')).split('\n').filter((line) => line !== '')

    expect(shownLines(article)).toEqual(fileLines)
  })

  it('numbers the paragraphs P1…P34 in reading order, the credit being P34', async () => {
    const { article } = await loadContent(CONTENT_DIR)

    expect(allParagraphs(article).map((p) => p.id)).toEqual(Array.from({ length: 34 }, (_, i) => `P${i + 1}`))
    expect(article.credit.id).toBe('P34')
    expect(article.credit.text).toMatch(/^Related Press writers /)
  })

  it('has an untitled opening and four sections titled exactly as in article.txt', async () => {
    const { article } = await loadContent(CONTENT_DIR)

    expect(article.sections.map((s) => [s.id, s.heading])).toEqual([
      ['opening', null],
      ['security-guarantees', 'Safety ensures for Ukraine'],
      ['ceasefire', 'Agreeing on a ceasefire'],
      ['occupied-territory', 'Occupied Ukrainian territory'],
      ['putin-zelenskyy-meeting', 'A Putin-Zelenskyy assembly']
    ])
  })

  it.each([
    ['P7', 'Secretary-Normal'],
    ['P8', 'Here’s a have a look at the problems'],
    ['P9', 'a peace take care of Russia'],
    ['P21', 'extreme penalties'],
    ['P22', '{that a}'],
    ['P24', 'quit the Donbas'],
    ['P28', 'Turkey in Might'],
    ['P32', 'Janis Kluge']
  ])('numbers paragraphs as FACTS.md does: %s contains “%s”', async (id, phrase) => {
    const { article } = await loadContent(CONTENT_DIR)

    expect(allParagraphs(article).find((p) => p.id === id)?.text).toContain(phrase)
  })

  it.skipIf(!existsSync(BRIEF_ARTICLE_TXT))(
    `ships article.txt byte for byte as handed over (skipped when ${BRIEF_ARTICLE_TXT} is not present)`,
    async () => {
      expect(await readFile(ARTICLE_TXT)).toEqual(await readFile(BRIEF_ARTICLE_TXT))
    }
  )

  it('finds every standard-terms phrase in each block it names, and an unplaced phrase somewhere', async () => {
    const { article } = await loadContent(CONTENT_DIR)
    const blocks = new Map<string, string>(allParagraphs(article).map((p) => [p.id, p.text]))
    for (const section of article.sections) {
      if (section.heading !== null) blocks.set(section.id, section.heading)
    }
    const whole = shownLines(article).join('\n')

    const missing = article.terms.flatMap((term) =>
      term.in
        ? term.in
            .filter((id) => !blocks.get(id)?.includes(term.phrase))
            .map((id) => `${term.phrase} in ${id}`)
        : whole.includes(term.phrase)
          ? []
          : [`${term.phrase} anywhere`]
    )

    expect(article.terms.length).toBeGreaterThan(0)
    expect(missing, 'phrases terms.json places where the article does not have them').toEqual([])
  })
})

describe('the content version', () => {
  const copies: string[] = []
  afterEach(async () => {
    await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })

  async function copyOfContent(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-content-'))
    copies.push(dir)
    await cp(CONTENT_DIR, dir, { recursive: true })
    return dir
  }

  it('is the same for an identical copy of the content', async () => {
    const copy = await copyOfContent()

    expect((await loadContent(copy)).version).toBe((await loadContent(CONTENT_DIR)).version)
  })

  /** A word in each content file whose first letter can be lower-cased and leave the file valid. */
  const editableWord: Record<(typeof CONTENT_FILES)[number], string> = {
    'article.txt': 'Putin has balked',
    'article.json': 'Press',
    'terms.json': 'Press',
    'timeline.json': 'Alaska summit',
    'cards.json': 'NATO Secretary General',
    'places.json': 'Dolmabahçe Palace',
    'xray.json': 'Associated Press writer'
  }

  it.each(CONTENT_FILES)('changes when one byte of %s changes', async (name) => {
    const copy = await copyOfContent()
    const bytes = await readFile(join(copy, name))
    const at = bytes.indexOf(editableWord[name])
    expect(at).toBeGreaterThan(-1)
    bytes[at] = 'p'.charCodeAt(0)
    await writeFile(join(copy, name), bytes)

    const edited = await loadContent(copy)

    expect(edited.version).not.toBe((await loadContent(CONTENT_DIR)).version)
  })
})
