/** Every date on the Flashcards screens reads the app's British way: "1 Dec 2026". */
import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDayKey } from './dates'

describe('flashcard dates', () => {
  it('write day, short month and year, and the time on a 24-hour clock', () => {
    expect(formatDate(new Date(2026, 11, 1, 9, 30))).toBe('1 Dec 2026')
    expect(formatDateTime(new Date(2026, 11, 1, 14, 5))).toBe('1 Dec 2026, 14:05')
    expect(formatDayKey('2025-08-18')).toBe('18 Aug 2025')
  })
})
