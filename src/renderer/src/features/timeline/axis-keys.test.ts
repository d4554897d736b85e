/** The axis's keys: arrows step through events, Home/End jump, +/− zoom, Shift+arrows pan. */
import { describe, expect, it } from 'vitest'
import { PAN_STEP, ZOOM_STEP, axisCommand } from './axis-keys'

const ids = ['crimea', 'invasion', 'february', 'august']

describe('axis keys', () => {
  it('step to the next and previous event with the arrow keys, stopping at the ends', () => {
    expect(axisCommand('ArrowRight', ids, 'invasion')).toEqual({ kind: 'select', id: 'february' })
    expect(axisCommand('ArrowDown', ids, 'invasion')).toEqual({ kind: 'select', id: 'february' })
    expect(axisCommand('ArrowLeft', ids, 'invasion')).toEqual({ kind: 'select', id: 'crimea' })
    expect(axisCommand('ArrowRight', ids, 'august')).toEqual({ kind: 'select', id: 'august' })
    expect(axisCommand('ArrowLeft', ids, 'crimea')).toEqual({ kind: 'select', id: 'crimea' })
  })

  it('start from the first (forward) or last (back) event when none is selected', () => {
    expect(axisCommand('ArrowRight', ids, null)).toEqual({ kind: 'select', id: 'crimea' })
    expect(axisCommand('ArrowLeft', ids, null)).toEqual({ kind: 'select', id: 'august' })
  })

  it('jump to the first and last event with Home and End', () => {
    expect(axisCommand('Home', ids, 'february')).toEqual({ kind: 'select', id: 'crimea' })
    expect(axisCommand('End', ids, 'february')).toEqual({ kind: 'select', id: 'august' })
  })

  it('zoom with + and − (and = and _ , their unshifted keys)', () => {
    expect(axisCommand('+', ids, null)).toEqual({ kind: 'zoom', factor: ZOOM_STEP })
    expect(axisCommand('=', ids, null)).toEqual({ kind: 'zoom', factor: ZOOM_STEP })
    expect(axisCommand('-', ids, null)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP })
    expect(axisCommand('_', ids, null)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP })
  })

  it('pan with Shift and an arrow', () => {
    expect(axisCommand('ArrowRight', ids, 'crimea', true)).toEqual({ kind: 'pan', fraction: PAN_STEP })
    expect(axisCommand('ArrowLeft', ids, 'crimea', true)).toEqual({ kind: 'pan', fraction: -PAN_STEP })
  })

  it('leave other keys alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(axisCommand(key, ids, 'crimea')).toBeNull()
    expect(axisCommand('Home', [], null)).toBeNull()
  })
})
