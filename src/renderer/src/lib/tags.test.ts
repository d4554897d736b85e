import { describe, expect, it } from 'vitest'
import { TAG_MAX_LENGTH } from '@shared/limits'
import { hasOverlongTag, parseTags } from './tags'

describe('tags typed on one line', () => {
  it('are split at commas, trimmed, and empty ones dropped', () => {
    expect(parseTags(' donbas, ceasefire ,, ')).toEqual(['donbas', 'ceasefire'])
    expect(parseTags('')).toEqual([])
    expect(parseTags('security guarantees')).toEqual(['security guarantees'])
  })

  it('are too long past the limit the store keeps, not at it', () => {
    const longest = 'x'.repeat(TAG_MAX_LENGTH)
    expect(hasOverlongTag([longest])).toBe(false)
    expect(hasOverlongTag(['ok', `${longest}x`])).toBe(true)
  })
})
