// @vitest-environment happy-dom
/**
 * The reader's moves about the page, as a reader meets them: a contents entry closes the panel and
 * goes to its heading (the title to the very top), a passage another view asks for is focused and
 * marked for a moment, a find match is scrolled to only when hidden, and where the reader is is read
 * from the boxes on screen. The real layout is covered by the reader's e2e specs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReaderState } from './reader.svelte'
import { ReaderScroll } from './reader-scroll.svelte'

/** The parts of the reader's state the page moves read and write. */
function fakeReader() {
  return {
    contentsOpen: true,
    fraction: 0,
    topBlock: 0,
    blockInView: null as string | null,
    currentSectionId: '',
    blockIndex: new Map([
      ['article-title', 0],
      ['P1', 1],
      ['H2', 2],
      ['P2', 3]
    ]),
    contents: [
      { sectionId: 's1', targetId: 'article-title', label: 'Top' },
      { sectionId: 's2', targetId: 'H2', label: 'Second' }
    ]
  }
}

let reader: ReturnType<typeof fakeReader>
let scroll: ReaderScroll
let scrolled: { id: string; options: unknown }[]

/** Give `id` a box on screen, `top` to `bottom`. */
function place(id: string, top: number, bottom: number): void {
  const element = document.getElementById(id) as HTMLElement
  element.getBoundingClientRect = () =>
    ({ top, bottom, left: 0, right: 600, height: bottom - top }) as DOMRect
}

beforeEach(() => {
  document.body.innerHTML = `
    <div id="bar"></div>
    <div id="host">
      <h1 id="article-title" tabindex="-1" data-block-id="article-title">Title</h1>
      <p id="P1" tabindex="-1" data-block-id="P1" data-paragraph-id="P1">One <mark data-match="0">x</mark></p>
      <h2 id="H2" tabindex="-1" data-block-id="H2">Second</h2>
      <p id="P2" tabindex="-1" data-block-id="P2" data-paragraph-id="P2">Two <mark data-match="1">x</mark></p>
    </div>`
  scrolled = []
  for (const element of document.querySelectorAll<HTMLElement>('[id]')) {
    element.scrollIntoView = (options) => scrolled.push({ id: element.id, options })
  }
  for (const mark of document.querySelectorAll<HTMLElement>('mark')) {
    mark.scrollIntoView = (options) => scrolled.push({ id: `match ${mark.dataset.match}`, options })
  }
  reader = fakeReader()
  scroll = new ReaderScroll(() => reader as unknown as ReaderState)
  scroll.bar = document.getElementById('bar') as HTMLElement
  scroll.articleHost = document.getElementById('host') as HTMLElement
  place('bar', 0, 60)
  vi.stubGlobal('matchMedia', () => ({ matches: false }))
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('a contents jump', () => {
  it('closes the panel, focuses the heading and scrolls it smoothly to the top', () => {
    scroll.jump({ sectionId: 's2', targetId: 'H2', label: 'Second' })
    expect(reader.contentsOpen).toBe(false)
    expect(document.activeElement?.id).toBe('H2')
    expect(scrolled).toEqual([{ id: 'H2', options: { block: 'start', behavior: 'smooth' } }])
  })

  it('goes at once where the reader asks for reduced motion', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }))
    scroll.jump({ sectionId: 's2', targetId: 'H2', label: 'Second' })
    expect(scrolled).toEqual([{ id: 'H2', options: { block: 'start', behavior: 'instant' } }])
  })

  it('to the title goes to the very top of the page', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    scroll.jump({ sectionId: 's1', targetId: 'article-title', label: 'Top' })
    expect(document.activeElement?.id).toBe('article-title')
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'smooth' })
    expect(scrolled).toEqual([])
  })

  it('to a heading no longer there only closes the panel', () => {
    scroll.jump({ sectionId: 's9', targetId: 'gone', label: 'Gone' })
    expect(reader.contentsOpen).toBe(false)
    expect(scrolled).toEqual([])
  })
})

describe('a passage another view asks for', () => {
  it('is scrolled to the top, focused, and marked for a moment', () => {
    vi.useFakeTimers()
    scroll.showPassage('P2')
    const passage = document.getElementById('P2') as HTMLElement
    expect(scrolled).toEqual([{ id: 'P2', options: { block: 'start', behavior: 'instant' } }])
    expect(document.activeElement).toBe(passage)
    expect(passage.dataset.flash).toBe('')
    vi.advanceTimersByTime(2399)
    expect(passage.dataset.flash).toBe('')
    vi.advanceTimersByTime(1)
    expect(passage.dataset.flash).toBeUndefined()
  })
})

describe('the current find match', () => {
  it('is left where it is while it shows between the bar and the window’s bottom', () => {
    document.querySelector<HTMLElement>('mark[data-match="1"]')!.getBoundingClientRect = () =>
      ({ top: 300, bottom: 320 }) as DOMRect
    scroll.showMatch(1)
    expect(scrolled).toEqual([])
  })

  it.each([
    ['under the bar', 50, 70],
    ['below the window', innerHeight - 10, innerHeight + 10]
  ])('is brought to the middle when %s', (_where, top, bottom) => {
    document.querySelector<HTMLElement>('mark[data-match="1"]')!.getBoundingClientRect = () =>
      ({ top, bottom }) as DOMRect
    scroll.showMatch(1)
    expect(scrolled).toEqual([{ id: 'match 1', options: { block: 'center', behavior: 'instant' } }])
  })

  it('is nothing to scroll to when there is none', () => {
    scroll.showMatch(-1)
    scroll.showMatch(7)
    expect(scrolled).toEqual([])
  })
})

describe('measuring where the reader is', () => {
  it('reads the paragraph at the top, the section reached and the first block clear of the bar', () => {
    place('article-title', -400, -300)
    place('P1', -280, 100)
    place('H2', 140, 180)
    place('P2', 200, 900)
    const position = scroll.measure()
    expect(position?.paragraphId).toBe('P1')
    expect(reader.topBlock).toBe(1)
    expect(reader.blockInView).toBe('H2')
    // The second heading is above a quarter of the way down the window, so its section is being read.
    expect(reader.currentSectionId).toBe('s2')
    expect(scroll.viewport.top).toBe(60)
  })

  it('takes the last paragraph once every one is above the bar', () => {
    place('article-title', -900, -800)
    place('P1', -780, -500)
    place('H2', -480, -440)
    place('P2', -400, -100)
    expect(scroll.measure()?.paragraphId).toBe('P2')
  })

  it('reads nothing before the reader is mounted', () => {
    scroll.articleHost = undefined
    expect(scroll.measure()).toBeNull()
  })
})
