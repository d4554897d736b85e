// @vitest-environment happy-dom
/**
 * The reader's highlight layer, by the keys a reader presses: H, N, Esc and Tab act on the selection
 * as it is at the key press (not as last read), [ and ] visit highlights from where the reader is,
 * Esc leaves a visited highlight for its paragraph, and keys typed into a field are the field's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation-schemas'
import { describeRange } from '@shared/anchoring/anchor'
import { articleText } from '@shared/anchoring/article-text'
import type { Term } from '@shared/schemas'
import text from '../../../../../resources/content/article.txt?raw'
import meta from '../../../../../resources/content/article.json'
import shippedTerms from '../../../../../resources/content/terms.json'
import { parseArticle } from '../../../../main/content/parse-article'
import { StatusState } from '../../lib/state/status.svelte'
import { AnnotationsState } from './annotations.svelte'
import { installFakeBridge, removeFakeBridge } from '../../../../test-util/renderer-bridge'
import { AnnotationLayerState, keyReadsSelection, layerKeyAction } from './annotation-layer.svelte'

// happy-dom has no StaticRange; the layer only reads its four fields back.
globalThis.StaticRange ??= class {
  readonly startContainer: Node
  readonly startOffset: number
  readonly endContainer: Node
  readonly endOffset: number
  readonly collapsed = false
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer
    this.startOffset = init.startOffset
    this.endContainer = init.endContainer
    this.endOffset = init.endOffset
  }
} as unknown as typeof StaticRange

const article = parseArticle(text, meta, shippedTerms as Term[])
const anchored = articleText(article)
const p2 = anchored.blocks.find((b) => b.id === 'P2')!

describe('what a key does', () => {
  const none = { selected: false, inArticle: true, visiting: false }
  const selected = { ...none, selected: true }

  it('acts on a selection with H, N, Esc and Tab, and on nothing without one', () => {
    expect(layerKeyAction('h', false, selected)).toBe('highlight')
    expect(layerKeyAction('n', false, selected)).toBe('note')
    expect(layerKeyAction('escape', false, selected)).toBe('drop-selection')
    expect(layerKeyAction('tab', false, selected)).toBe('to-toolbar')
    for (const key of ['h', 'n', 'escape', 'tab']) expect(layerKeyAction(key, false, none)).toBeNull()
  })

  it('leaves Shift+Tab, and Tab from outside the article, to the browser', () => {
    expect(layerKeyAction('tab', true, selected)).toBeNull()
    expect(layerKeyAction('tab', false, { ...selected, inArticle: false })).toBeNull()
  })

  it('visits with [ and ] from the article or a visited highlight only', () => {
    expect(layerKeyAction(']', false, none)).toBe('visit-next')
    expect(layerKeyAction('[', false, selected)).toBe('visit-previous')
    const away = { selected: false, inArticle: false, visiting: false }
    expect(layerKeyAction(']', false, away)).toBeNull()
    expect(layerKeyAction('[', false, { ...away, visiting: true })).toBe('visit-previous')
    expect(layerKeyAction('x', false, selected)).toBeNull()
  })

  it('reads the selection afresh for exactly the keys that depend on it', () => {
    expect(['h', 'n', 'escape', 'tab', '[', ']', 'x'].filter(keyReadsSelection)).toEqual([
      'h',
      'n',
      'escape',
      'tab'
    ])
  })
})

describe('the layer over the article', () => {
  let root: HTMLElement
  let annotations: AnnotationsState
  let layer: AnnotationLayerState
  const focusRing = vi.fn()
  const focusToolbar = vi.fn()

  const highlight = (id: string, start: number, end: number): Annotation => ({
    id,
    created: '2025-08-20T10:00:00.000Z',
    updated: '2025-08-20T10:00:00.000Z',
    color: 'yellow',
    note: '',
    tags: [],
    orphaned: false,
    target: { selector: describeRange(anchored.text, start, end) }
  })

  const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init })
    Object.defineProperty(event, 'target', { value: target })
    layer.keydown(event)
    return event
  }

  /** Select characters [from, to) of P2 without any selectionchange having been handled. */
  function selectInP2(from: number, to: number): void {
    const node = root.querySelector('#P2')!.firstChild!
    const range = document.createRange()
    range.setStart(node, from)
    range.setEnd(node, to)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
  }

  beforeEach(() => {
    root = document.createElement('article')
    for (const block of anchored.blocks) {
      const element = document.createElement('p')
      element.id = block.id
      element.dataset.blockId = block.id
      element.tabIndex = -1
      element.textContent = anchored.text.slice(block.start, block.end)
      root.append(element)
    }
    document.body.append(root)
    annotations = new AnnotationsState(new StatusState(), () => article)
    layer = new AnnotationLayerState(annotations, () => root)
    layer.attach({ focusRing, focusToolbar })
  })

  afterEach(() => {
    getSelection()?.removeAllRanges()
    root.remove()
    removeFakeBridge()
    vi.restoreAllMocks()
  })

  /** The list of highlights comes from the host, as it does once the reader has started. */
  function listFromHost(list: Annotation[]): Promise<void> {
    installFakeBridge({
      'annotations:list': () => ({ annotations: list, pageNotes: [], colorNames: annotations.colorNames })
    })
    return annotations.load()
  }

  it('highlights with H the selection made just before it, unread until the key', async () => {
    const create = vi.spyOn(annotations, 'create').mockResolvedValue(highlight('new', p2.start, p2.start + 8))
    selectInP2(0, 8)
    expect(layer.selection).toBeNull()
    const event = press('h')
    expect(event.defaultPrevented).toBe(true)
    expect(create).toHaveBeenCalledWith(p2.start, p2.start + 8, 'yellow')
    await vi.waitFor(() => expect(getSelection()!.isCollapsed).toBe(true))
    expect(annotations.editing).toBeNull()
  })

  it('opens the new highlight’s editor at its note with N', async () => {
    vi.spyOn(annotations, 'create').mockResolvedValue(highlight('new', p2.start, p2.start + 8))
    selectInP2(0, 8)
    press('n')
    await vi.waitFor(() => expect(annotations.editing).toBe('new'))
    expect(layer.focusNote).toBe(true)
  })

  it('drops the selection with Esc and goes to the toolbar with Tab from the article', () => {
    root.querySelector<HTMLElement>('#P2')!.focus()
    selectInP2(0, 8)
    press('tab')
    expect(focusToolbar).toHaveBeenCalledOnce()
    press('escape')
    expect(getSelection()!.isCollapsed).toBe(true)
  })

  it('leaves keys typed into a field, and modified keys, alone', () => {
    const create = vi.spyOn(annotations, 'create')
    selectInP2(0, 8)
    const field = document.createElement('input')
    document.body.append(field)
    expect(press('h', {}, field).defaultPrevented).toBe(false)
    expect(press('h', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(create).not.toHaveBeenCalled()
    field.remove()
  })

  it('undoes a delete with Ctrl+Z', () => {
    const undo = vi.spyOn(annotations, 'undo').mockResolvedValue(true)
    expect(press('z', { ctrlKey: true }).defaultPrevented).toBe(true)
    expect(undo).toHaveBeenCalledOnce()
  })

  it('visits with ] from the focused paragraph, and says so when there is none after', async () => {
    await listFromHost([highlight('later', p2.start + 20, p2.start + 30), highlight('first', 0, 5)])
    root.querySelector<HTMLElement>('#P2')!.focus()
    press(']')
    await vi.waitFor(() => expect(layer.visiting).toBe('later'))
    expect(focusRing).toHaveBeenCalled()
    press(']')
    await vi.waitFor(() => expect(annotations.status.message).toBe('No highlight after this point.'))
    expect(layer.visiting).toBe('later')
    press('[')
    await vi.waitFor(() => expect(layer.visiting).toBe('first'))
  })

  it('leaves a visited highlight with Esc for the paragraph it starts in', async () => {
    await listFromHost([highlight('later', p2.start + 20, p2.start + 30)])
    root.querySelector<HTMLElement>('#P2')!.focus()
    press(']')
    await vi.waitFor(() => expect(layer.visiting).toBe('later'))
    root.querySelector<HTMLElement>('#P1')!.focus()
    layer.visiting = 'later'
    const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })
    layer.visitKeydown(escape)
    expect(escape.defaultPrevented).toBe(true)
    expect(layer.visiting).toBeNull()
    expect(document.activeElement?.id).toBe('P2')
  })

  // A returning reader's page comes drawn with the highlights' spans; their list (notes, tags) comes
  // after the first frame, and a click or a key in between must not be lost.
  it('opens a highlight clicked before the list has come, once it comes', async () => {
    const opening = layer.openAt(p2.start + 25)
    await Promise.resolve()
    expect(annotations.editing).toBeNull()
    await listFromHost([highlight('later', p2.start + 20, p2.start + 30)])
    await opening
    expect(annotations.editing).toBe('later')
  })

  it('gives up a waiting click when the reader clicks again, off the text or on another highlight', async () => {
    const list = [highlight('first', 0, 5), highlight('later', p2.start + 20, p2.start + 30)]
    const first = layer.openAt(2)
    const off = layer.openAt(null)
    await listFromHost(list)
    await Promise.all([first, off])
    expect(annotations.editing).toBeNull()
    const again = [layer.openAt(2), layer.openAt(p2.start + 25)]
    await listFromHost(list)
    await Promise.all(again)
    expect(annotations.editing).toBe('later')
  })

  it('visits with ] pressed before the list has come, once it comes', async () => {
    root.querySelector<HTMLElement>('#P2')!.focus()
    press(']')
    await Promise.resolve()
    expect(annotations.status.message).toBe('')
    await listFromHost([highlight('later', p2.start + 20, p2.start + 30)])
    await vi.waitFor(() => expect(layer.visiting).toBe('later'))
  })
})
