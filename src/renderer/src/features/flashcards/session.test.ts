/** A review session is driven by the keys the issue names, and reports its progress truthfully. */
import { describe, expect, it } from 'vitest'
import {
  EMPTY_TALLY,
  counted,
  formatDueIn,
  formatDuration,
  recalledShare,
  reviewAction,
  sessionProgress,
  type KeyPress
} from './session'

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  onControl: false,
  ...over
})

describe('reviewAction', () => {
  it.each([
    [' ', false, { kind: 'reveal' }],
    ['Enter', false, { kind: 'reveal' }],
    ['3', false, null],
    ['1', true, { kind: 'grade', rating: 1 }],
    ['4', true, { kind: 'grade', rating: 4 }],
    ['5', true, null],
    [' ', true, null],
    ['Enter', true, null]
  ] as const)('%j with the answer %s shown → %j', (key, revealed, action) => {
    expect(reviewAction(press(key), revealed)).toEqual(action)
  })

  it('leaves Space and Enter to a focused button, but grades from anywhere', () => {
    expect(reviewAction(press('Enter', { onControl: true }), false)).toBeNull()
    expect(reviewAction(press(' ', { onControl: true }), false)).toBeNull()
    expect(reviewAction(press('2', { onControl: true }), true)).toEqual({ kind: 'grade', rating: 2 })
  })

  it('undoes with Ctrl+Z or Cmd+Z, shown or not, and ignores other chords and typing', () => {
    expect(reviewAction(press('z', { ctrlKey: true }), false)).toEqual({ kind: 'undo' })
    expect(reviewAction(press('Z', { metaKey: true }), true)).toEqual({ kind: 'undo' })
    expect(reviewAction(press('1', { ctrlKey: true }), true)).toBeNull()
    expect(reviewAction(press('1', { altKey: true }), true)).toBeNull()
    expect(reviewAction(press('1', { inTextField: true }), true)).toBeNull()
    expect(reviewAction(press('z', { ctrlKey: true, inTextField: true }), true)).toBeNull()
  })
})

describe('the tally and progress', () => {
  it('counts Hard, Good and Easy as recalled, each grade, the cards learned, and an undo takes a grade back', () => {
    let tally = EMPTY_TALLY
    for (const rating of [1, 2, 3, 4]) tally = counted(tally, rating, rating !== 2)
    tally = counted(tally, 3, false)
    expect(tally).toEqual({ reviewed: 5, correct: 4, byGrade: [1, 1, 2, 1], learned: 3 })
    expect(recalledShare(tally)).toBe('80%')
    expect(counted(tally, 4, true, -1)).toEqual({
      reviewed: 4,
      correct: 3,
      byGrade: [1, 1, 2, 0],
      learned: 2
    })
    expect(recalledShare(EMPTY_TALLY)).toBe('—')
  })

  it('measures progress against what is still waiting, so a failed card coming back slows it', () => {
    expect(sessionProgress(0, 20)).toBe(0)
    expect(sessionProgress(5, 15)).toBe(0.25)
    expect(sessionProgress(20, 0)).toBe(1)
    expect(sessionProgress(0, 0)).toBe(1)
  })
})

describe('formatting', () => {
  it('says how long a session took and when the next card is due', () => {
    expect(formatDuration(42_000)).toBe('42 s')
    expect(formatDuration(192_000)).toBe('3 min 12 s')
    expect(formatDuration(3_900_000)).toBe('1 h 5 min')
    const now = new Date('2025-09-01T12:00:00Z')
    expect(formatDueIn('2025-09-01T11:00:00Z', now)).toBe('now')
    expect(formatDueIn('2025-09-01T12:08:00Z', now)).toBe('in 8 min')
    expect(formatDueIn('2025-09-01T15:00:00Z', now)).toBe('in 3 h')
    expect(formatDueIn('2025-09-02T12:00:00Z', now)).toBe('tomorrow')
    expect(formatDueIn('2025-09-05T12:00:00Z', now)).toBe('in 4 days')
  })
})
