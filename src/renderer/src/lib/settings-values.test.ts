import { describe, expect, it } from 'vitest'
import { LINE_WIDTHS, TEXT_SIZE, THEMES } from '@shared/limits'
import { LINE_WIDTH_CHOICES, stepTextSize, THEME_CHOICES } from './settings-values'

describe('the settings choices', () => {
  it('offer every theme and line width the store accepts (the tuples its schema is made of), each once and labelled, in the order shown', () => {
    expect(THEME_CHOICES.map((c) => c.value)).toEqual(['system', 'light', 'sepia', 'dark'])
    expect(THEME_CHOICES.map((c) => c.value)).toEqual([...THEMES])
    expect(LINE_WIDTH_CHOICES.map((c) => c.value)).toEqual([...LINE_WIDTHS])
    for (const choice of [...THEME_CHOICES, ...LINE_WIDTH_CHOICES])
      expect(choice.label).toMatch(/^[A-Z][a-z]+$/)
  })
})

describe('stepTextSize', () => {
  it('steps by a pixel within the allowed sizes', () => {
    expect(stepTextSize(19, 1)).toBe(20)
    expect(stepTextSize(19, -1)).toBe(18)
    expect(stepTextSize(TEXT_SIZE.max, 1)).toBe(TEXT_SIZE.max)
    expect(stepTextSize(TEXT_SIZE.min, -1)).toBe(TEXT_SIZE.min)
  })
})
