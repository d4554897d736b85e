/**
 * The reader's marking as a student meets it, on the shipped content: names off until the toggle,
 * every mention the X-Ray lists marked once when on (with the standard terms on or off, none of
 * them lost), names appearing when the X-Ray data arrives after the first paint, and the popover's
 * one line for a name.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { flushSync } from 'svelte'
import { articleText } from '@shared/anchoring/article-text'
import type { Content, Settings } from '@shared/schemas'
import type { AppState } from '../../app-state.svelte'
import { shipped } from '../../../../test-util/store'
import { buildXray } from '../xray/xray-index'
import { xrayRequest } from '../xray/xray-request.svelte'
import { ReaderState } from './reader.svelte'
import { markKey, type Mark, type Segment } from './segments'

let content: Content

beforeAll(async () => {
  content = await shipped()
})

/** An app holding `content` (its article there from the first paint) and settings that the reader's toggles update, as the real one does. */
function fakeApp(initial: Partial<Settings> = {}) {
  const app = $state({
    article: content.article,
    content: content as Content | null,
    view: 'read',
    settings: {
      value: {
        theme: 'system',
        textSize: 19,
        lineWidth: 'medium',
        showStandardTerms: false,
        ...initial
      } as Settings,
      update: async (patch: Partial<Settings>) => {
        app.settings.value = { ...app.settings.value, ...patch }
      }
    },
    takeFirstProgress: () => null
  })
  return app
}

const readerOf = (app: ReturnType<typeof fakeApp>): ReaderState =>
  new ReaderState(() => app as unknown as AppState)

/** A mark drawn in a block, with its place in the article text (as the X-Ray's links give it). */
interface Drawn {
  blockId: string
  start: number
  end: number
  mark: Mark
}

/** Every mark the reader draws in the article text (the title is not part of it). */
function marksIn(reader: ReaderState): Drawn[] {
  const startOf = new Map(articleText(content.article).blocks.map((b) => [b.id, b.start]))
  const found: Drawn[] = []
  const walk = (blockId: string, list: readonly Segment[]): void => {
    for (const s of list) {
      if (s.kind !== 'mark') continue
      const at = startOf.get(blockId) ?? 0
      found.push({ blockId, start: at + s.start, end: at + s.end, mark: s })
      walk(blockId, s.children)
    }
  }
  for (const [blockId, segments] of reader.segments) if (startOf.has(blockId)) walk(blockId, segments)
  return found
}

describe('names in the reader', () => {
  it('are not marked until the toggle turns them on, which saves the setting', async () => {
    const app = fakeApp()
    const reader = readerOf(app)
    expect(reader.showNames).toBe(false)
    expect(marksIn(reader).filter((m) => m.mark.name !== null)).toEqual([])
    reader.toggleNames()
    await Promise.resolve()
    expect(app.settings.value.showNames).toBe(true)
    expect(reader.showNames).toBe(true)
    expect(marksIn(reader).some((m) => m.mark.name !== null)).toBe(true)
  })

  it.each([false, true])(
    'mark every mention the X-Ray lists exactly once, and nothing else (standard terms on: %s)',
    (showStandardTerms) => {
      const reader = readerOf(fakeApp({ showNames: true, showStandardTerms }))
      const drawn = marksIn(reader)
        .filter((m) => m.mark.name !== null)
        .map((m) => `${m.mark.name} ${m.start}-${m.end}`)
      const listed = buildXray(content).flatMap((item) =>
        item.mentions.map((m) => `${item.entry.id} ${m.range.start}-${m.range.end}`)
      )
      expect(listed.length).toBeGreaterThan(80)
      expect(drawn.toSorted()).toEqual(listed.toSorted())
      expect(new Set(drawn).size).toBe(drawn.length)
    }
  )

  it('lose no standard term when both are shown, and share one mark where a name is the paraphrase', () => {
    const termsOnly = readerOf(fakeApp({ showStandardTerms: true }))
    const both = readerOf(fakeApp({ showStandardTerms: true, showNames: true }))
    const terms = (reader: ReaderState): string[] =>
      marksIn(reader)
        .filter((m) => m.mark.term !== null)
        .map((m) => `${m.mark.term} ${m.start}-${m.end}`)
    expect(terms(both)).toEqual(terms(termsOnly))
    const text = articleText(content.article).text
    const shared = marksIn(both).filter((m) => m.mark.term !== null && m.mark.name !== null)
    expect(shared.map((m) => `${m.mark.name}: ${text.slice(m.start, m.end)}`)).toEqual(
      expect.arrayContaining([
        'oval-office: Oval Workplace',
        'fox-news: Fox Information',
        'putin: the Russian chief'
      ])
    )
  })

  it('keep the article’s text exactly, block by block, with everything marked', () => {
    const reader = readerOf(fakeApp({ showStandardTerms: true, showNames: true }))
    const joined = (list: readonly Segment[]): string =>
      list.map((s) => (s.kind === 'text' ? s.text : joined(s.children))).join('')
    for (const block of reader.findBlocks)
      expect(joined(reader.segments.get(block.id) ?? [])).toBe(block.text)
  })

  it('appear once the X-Ray data arrives after the first paint', () => {
    const app = fakeApp({ showNames: true })
    app.content = { ...content, xray: { entries: [], quotes: [] } }
    const reader = readerOf(app)
    expect(marksIn(reader).filter((m) => m.mark.name !== null)).toEqual([])
    app.content = content
    flushSync()
    expect(marksIn(reader).filter((m) => m.mark.name === 'zelenskyy').length).toBeGreaterThan(5)
  })

  it('show the entry in one line in the popover, and More opens the X-Ray on it', () => {
    const app = fakeApp({ showNames: true, showStandardTerms: true })
    const reader = readerOf(app)
    const rutte = marksIn(reader).find((m) => m.mark.name === 'rutte') as Drawn
    const box = { top: 300, bottom: 320, left: 100, right: 300 }
    reader.tip.show({
      key: markKey(rutte.blockId, rutte.mark),
      term: null,
      name: 'rutte',
      text: '',
      box,
      byFocus: false
    })
    expect(reader.tipName).toEqual({ id: 'rutte', title: 'Mark Rutte', role: 'NATO Secretary General' })
    expect(reader.tipTerm).toBeNull()
    reader.tip.show({
      key: 'P1:11-25',
      term: null,
      name: 'oval-office',
      text: 'Oval Workplace',
      box,
      byFocus: false
    })
    expect(reader.tipName?.role).toBe('Place')

    reader.openInXray('rutte')
    expect(app.view).toBe('xray')
    expect(reader.tip.target).toBeNull()
    expect(xrayRequest.take()).toBe('rutte')
  })
})

describe('find in the reader', () => {
  it('starts at the block the reader focused (a section just jumped to), else at the top', () => {
    const reader = readerOf(fakeApp())
    const first = (): string => reader.find.matches[reader.find.current]!.blockId
    reader.find.show()
    reader.find.search('Fox')
    expect(first()).toBe('P7')
    reader.find.close()
    // The contents focus the heading at once; the smooth scroll (and the measured top) comes later.
    reader.focusedBlock = 'P20'
    reader.find.show()
    reader.find.search('Fox')
    expect(first()).toBe('P27')
  })
})
