/**
 * The X-Ray as shipped: every mention is text that really names its entry, every quote is verbatim
 * and attributed, the paraphrased quotes carry their likely words, and each entry reaches the
 * cards and timeline events that name it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Content } from '@shared/schemas'
import { articleText } from '@shared/anchoring/article-text'
import type { Xray } from '@shared/xray-schemas'
import { checkXray } from '../../../../main/content/check-xray'
import { loadContent } from '../../../../main/content/load-content'
import { CONTENT_DIR } from '../../../../test-util/store'
import { buildXray, byKind, type XrayItem } from './xray-index'

let content: Content
let items: XrayItem[]
let text: string
const item = (id: string): XrayItem => items.find((i) => i.entry.id === id) as XrayItem

beforeAll(async () => {
  content = await loadContent(CONTENT_DIR)
  items = buildXray(content)
  text = articleText(content.article).text
})

describe('the shipped X-Ray', () => {
  it('holds every person of FACTS.md §3, each with an office and a country', () => {
    const people = items.filter((i) => i.entry.kind === 'person').map((i) => i.entry.name)
    expect(people).toEqual(
      expect.arrayContaining([
        'Donald Trump',
        'Volodymyr Zelenskyy',
        'Vladimir Putin',
        'Friedrich Merz',
        'Mark Rutte',
        'Keir Starmer',
        'Emmanuel Macron',
        'Gabrielius Landsbergis',
        'Yuri Ushakov',
        'Janis Kluge',
        'Sam McNeil',
        'Emma Burrows',
        'Giorgia Meloni',
        'Alexander Stubb',
        'Ursula von der Leyen',
        'JD Vance',
        'Vladimir Medinsky',
        'Rustem Umerov',
        'Hakan Fidan'
      ])
    )
  })

  it('links every mention to text in the article that is one of the names its entry goes by', () => {
    const wrong = items.flatMap((i) =>
      i.mentions
        .filter((m) => text.slice(m.range.start, m.range.end) !== m.name || !i.entry.names.includes(m.name))
        .map((m) => `${i.entry.id} at ${m.blockId}: “${text.slice(m.range.start, m.range.end)}”`)
    )
    expect(wrong).toEqual([])
    expect(items.filter((i) => i.entry.names.length > 0 && i.mentions.length === 0)).toEqual([])
  })

  it('finds people by their paraphrased titles', () => {
    const names = (id: string): string[] => item(id).mentions.map((m) => `${m.blockId} ${m.name}`)
    expect(names('rutte')).toContain('P7 NATO Secretary-Normal Mark Rutte')
    expect(names('putin')).toEqual(expect.arrayContaining(['P21 the Russian chief', 'P31 the Russian chief']))
    expect(names('ushakov')).toEqual(['P31 Putin’s international affairs adviser Yuri Ushakov'])
    expect(names('zelenskyy')).toContain('putin-zelenskyy-meeting Zelenskyy')
    expect(names('fox-news')).toEqual(['P7 Fox News', 'P27 Fox Information'])
  })

  it('quotes verbatim, attributes every quotation, and gives a paraphrased quote its likely words', () => {
    for (const i of items) {
      for (const q of i.quotes) expect(text.slice(q.range.start, q.range.end)).toBe(q.quote.text)
    }
    expect(items.flatMap((i) => i.quotes)).toHaveLength(11)
    const merz = item('merz').quotes.map((q) => q.standard)
    expect(merz).toEqual([
      '“I don’t want to hide the fact that I wasn’t sure it would go this way,”',
      '“But my expectations were not just met, they were exceeded.”'
    ])
    const trump = item('trump').quotes
    expect(trump.find((q) => q.quote.text === '“coordination.”')?.standard).toBeNull()
    expect(trump.find((q) => q.quote.text === '“pointless.”')?.standard).toBe('“unnecessary.”')
  })

  it('refuses an X-Ray whose quote is not verbatim, whose name is not in the article, or that leaves a quote unattributed', () => {
    const xray: Xray = content.xray
    const altered = {
      ...xray,
      quotes: xray.quotes.map((q, n) => (n === 0 ? { ...q, text: q.text.replace('wish', 'want') } : q))
    }
    expect(() => checkXray(altered, content.article)).toThrow(/is not in P3/)
    expect(() => checkXray(altered, content.article)).toThrow(/attributed to nobody/)
    const misnamed = {
      ...xray,
      entries: xray.entries.map((e) =>
        e.id === 'rutte' ? { ...e, names: ['NATO Secretary General Mark Rutte'] } : e
      )
    }
    expect(() => checkXray(misnamed, content.article)).toThrow(
      /rutte: “NATO Secretary General Mark Rutte” is not in the article/
    )
  })

  it('reaches the cards and timeline events that name an entry', () => {
    expect(item('ushakov').events.map((e) => e.id)).toEqual(expect.arrayContaining([expect.any(String)]))
    expect(item('anchorage').events.length).toBeGreaterThan(0)
    expect(item('putin').cards.length).toBeGreaterThan(0)
    for (const card of item('rutte').cards) {
      const faces =
        card.type === 'basic'
          ? `${card.front} ${card.back} ${card.explain ?? ''}`
          : `${card.text} ${card.explain ?? ''}`
      expect(faces).toMatch(/Rutte|Secretary/)
    }
  })

  it('groups entries by kind, people first', () => {
    const groups = byKind(items)
    expect(groups.map((g) => g.kind)).toEqual(['person', 'organisation', 'place', 'term'])
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(items.length)
  })
})
