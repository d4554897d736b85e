// @vitest-environment happy-dom
/**
 * The popover of marked words, driven as a reader does: hover and focus show it, the pointer may
 * cross onto it, Tab from a name goes to its More button and on through the text, and Escape
 * closes it and hands focus back to the words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MarkTipState, markOf } from './mark-tip.svelte'

let tip: MarkTipState
let name: HTMLElement
let inner: HTMLElement
let term: HTMLElement
let more: HTMLButtonElement
let elsewhere: HTMLButtonElement

beforeEach(() => {
  document.body.innerHTML = `
    <p id="P7">advised <span tabindex="0" data-tip-key="P7:8-40" data-name="rutte"><span
      tabindex="0" data-tip-key="P7:8-12" data-name="nato">NATO</span> Secretary-Normal Mark Rutte</span>
      <span tabindex="0" data-tip-key="P7:44-51" data-term="3">advised</span></p>
    <div id="mark-tip"><button type="button">More</button></div>
    <button type="button" id="elsewhere">Elsewhere</button>`
  tip = new MarkTipState('mark-tip')
  name = document.querySelector('[data-name="rutte"]') as HTMLElement
  inner = document.querySelector('[data-name="nato"]') as HTMLElement
  term = document.querySelector('[data-term]') as HTMLElement
  more = document.querySelector('#mark-tip button') as HTMLButtonElement
  elsewhere = document.querySelector('#elsewhere') as HTMLButtonElement
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('markOf', () => {
  it('finds the innermost marked words around an event target, and nothing outside them', () => {
    inner.innerHTML = '<mark data-match="0">NATO</mark>'
    expect(markOf(inner.firstChild)).toBe(inner)
    expect(markOf(inner)).toBe(inner)
    expect(markOf(document.querySelector('#P7'))).toBeNull()
    expect(markOf(null)).toBeNull()
  })
})

describe('MarkTipState', () => {
  it('shows what is marked where focus lands: the name, the term, their words', () => {
    name.focus()
    tip.focusIn(name)
    expect(tip.target).toMatchObject({ key: 'P7:8-40', name: 'rutte', term: null, byFocus: true })
    expect(tip.target?.text).toBe('NATO Secretary-Normal Mark Rutte')
    term.focus()
    tip.focusOut(name, term)
    tip.focusIn(term)
    expect(tip.target).toMatchObject({ key: 'P7:44-51', name: null, term: 3, text: 'advised' })
  })

  it('on hover shows the innermost words, hides a moment after the pointer leaves, unless it reaches the popover', () => {
    vi.useFakeTimers()
    tip.pointerOver(inner)
    expect(tip.target?.name).toBe('nato')
    expect(tip.target?.byFocus).toBe(false)
    tip.pointerOut(inner, more)
    tip.keep()
    vi.advanceTimersByTime(500)
    expect(tip.target?.name).toBe('nato')
    tip.pointerOut(inner, document.body)
    vi.advanceTimersByTime(100)
    expect(tip.target).not.toBeNull()
    vi.advanceTimersByTime(200)
    expect(tip.target).toBeNull()
  })

  it('keeps the focused words’ popover while the pointer passes over other marks', () => {
    name.focus()
    tip.focusIn(name)
    tip.pointerOver(term)
    expect(tip.target?.key).toBe('P7:8-40')
    tip.pointerOut(name, document.body)
    expect(tip.target?.key).toBe('P7:8-40')
  })

  it('Tab from a focused name goes to More; Tab on from there returns to the name for the browser to carry on', () => {
    name.focus()
    tip.focusIn(name)
    expect(tip.enter(document.activeElement)).toBe(true)
    expect(document.activeElement).toBe(more)
    // Focus went into the popover: the name's focusout must not hide it.
    tip.focusOut(name, more)
    expect(tip.target?.name).toBe('rutte')

    expect(tip.tabOut(false)).toBe(false)
    expect(document.activeElement).toBe(name)
    tip.focusLeft(name)
    expect(tip.target?.name).toBe('rutte')

    tip.enter(name)
    expect(tip.tabOut(true)).toBe(true)
    expect(document.activeElement).toBe(name)
  })

  it('lets Tab pass by a name shown by hover only, or words whose popover holds no button', () => {
    tip.pointerOver(name)
    name.focus()
    expect(tip.enter(name)).toBe(false)
    document.querySelector('#mark-tip')?.replaceChildren()
    tip.focusIn(name)
    expect(tip.enter(name)).toBe(false)
    expect(document.activeElement).toBe(name)
  })

  it('hides when focus leaves the popover for anywhere but its words', () => {
    name.focus()
    tip.focusIn(name)
    tip.enter(name)
    tip.focusLeft(elsewhere)
    expect(tip.target).toBeNull()
  })

  it('Escape in the popover closes it and gives focus back to the name; elsewhere leaves focus be', () => {
    name.focus()
    tip.focusIn(name)
    tip.enter(name)
    tip.escape()
    expect(tip.target).toBeNull()
    expect(document.activeElement).toBe(name)
    // The focus Escape gives back does not open the popover again; focus coming back later does.
    tip.focusIn(name)
    expect(tip.target).toBeNull()
    tip.focusIn(name)
    expect(tip.target?.name).toBe('rutte')

    tip.pointerOver(term)
    elsewhere.focus()
    tip.escape()
    expect(tip.target).toBeNull()
    expect(document.activeElement).toBe(elsewhere)
  })

  it('follows its words when the page scrolls, and stops once they are gone', () => {
    tip.pointerOver(name)
    const moved = { top: 40, bottom: 60, left: 10, right: 90, width: 80, height: 20, x: 10, y: 40 }
    name.getBoundingClientRect = () => ({ ...moved, toJSON: () => moved }) as DOMRect
    tip.follow()
    expect(tip.target?.box.top).toBe(40)
    name.remove()
    name.getBoundingClientRect = () => {
      throw new Error('a removed element is not measured')
    }
    tip.follow()
    expect(tip.target?.box.top).toBe(40)
  })
})
