import { describe, expect, it } from 'vitest'
import { TEXT_SIZE } from '@shared/limits'
import { stepTextSize } from './settings-values'

describe('stepTextSize', () => {
  it('steps by a pixel within the allowed sizes', () => {
    expect(stepTextSize(19, 1)).toBe(20)
    expect(stepTextSize(19, -1)).toBe(18)
    expect(stepTextSize(TEXT_SIZE.max, 1)).toBe(TEXT_SIZE.max)
    expect(stepTextSize(TEXT_SIZE.min, -1)).toBe(TEXT_SIZE.min)
  })
})
