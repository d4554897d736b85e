import { describe, expect, it } from 'vitest'
import { caretCommand, type KeyChord } from './reading-keys'

const chord = (key: string, mods: Partial<Omit<KeyChord, 'key'>> = {}): KeyChord => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods
})

describe('the reader’s keys on a focused paragraph', () => {
  it('moves between paragraphs with Up and Down', () => {
    expect(caretCommand(chord('ArrowDown'))).toEqual({ kind: 'block', step: 1 })
    expect(caretCommand(chord('ArrowUp'))).toEqual({ kind: 'block', step: -1 })
  })

  it('moves the caret sideways by character, or by word with Ctrl (Alt on a Mac)', () => {
    expect(caretCommand(chord('ArrowRight'))).toEqual({
      kind: 'move',
      direction: 'forward',
      granularity: 'character'
    })
    expect(caretCommand(chord('ArrowLeft', { ctrlKey: true }))).toEqual({
      kind: 'move',
      direction: 'backward',
      granularity: 'word'
    })
    expect(caretCommand(chord('ArrowRight', { altKey: true }))).toMatchObject({ granularity: 'word' })
  })

  it('extends the selection with Shift: by character, word, line, to the paragraph’s or line’s edge', () => {
    const extend = (key: string, mods: Partial<KeyChord> = {}): unknown =>
      caretCommand(chord(key, { shiftKey: true, ...mods }))
    expect(extend('ArrowRight')).toEqual({ kind: 'extend', direction: 'forward', granularity: 'character' })
    expect(extend('ArrowRight', { ctrlKey: true })).toEqual({
      kind: 'extend',
      direction: 'forward',
      granularity: 'word'
    })
    expect(extend('ArrowLeft', { altKey: true })).toEqual({
      kind: 'extend',
      direction: 'backward',
      granularity: 'word'
    })
    expect(extend('ArrowDown')).toEqual({ kind: 'extend', direction: 'forward', granularity: 'line' })
    expect(extend('ArrowUp', { ctrlKey: true })).toEqual({
      kind: 'extend',
      direction: 'backward',
      granularity: 'paragraphboundary'
    })
    expect(extend('End')).toEqual({ kind: 'extend', direction: 'forward', granularity: 'lineboundary' })
    expect(extend('Home')).toEqual({ kind: 'extend', direction: 'backward', granularity: 'lineboundary' })
    expect(extend('ArrowRight', { metaKey: true })).toEqual({
      kind: 'extend',
      direction: 'forward',
      granularity: 'lineboundary'
    })
  })

  it('leaves every other key to the page (scrolling, shortcuts, typing)', () => {
    for (const other of [
      chord('PageDown'),
      chord('Home'),
      chord(' '),
      chord('h'),
      chord('Tab'),
      chord('ArrowDown', { ctrlKey: true }),
      chord('ArrowLeft', { metaKey: true }),
      chord('Home', { shiftKey: true, ctrlKey: true }),
      chord('a', { shiftKey: true })
    ]) {
      expect(caretCommand(other)).toBeNull()
    }
  })
})
