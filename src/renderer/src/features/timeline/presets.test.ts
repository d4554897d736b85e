/** The presets frame what their names promise. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRESET, PRESETS, presetShowing } from './presets'
import { clampWindow } from './time-window'

const byId = Object.fromEntries(PRESETS.map((p) => [p.id, p]))

describe('presets', () => {
  it('are Feb–Aug 2025, Since 2014 and The week of 18 Aug, opening on the first', () => {
    expect(PRESETS.map((p) => p.label)).toEqual(['Feb–Aug 2025', 'Since 2014', 'The week of 18 Aug'])
    expect(DEFAULT_PRESET.id).toBe('feb-aug-2025')
  })

  it('frame February to August 2025 by whole months', () => {
    expect(byId['feb-aug-2025']!.window).toEqual({
      start: new Date('2025-02-01T00:00:00Z'),
      end: new Date('2025-09-01T00:00:00Z')
    })
  })

  it('frame 2014 to 2025 by whole years', () => {
    expect(byId['since-2014']!.window).toEqual({
      start: new Date('2014-01-01T00:00:00Z'),
      end: new Date('2026-01-01T00:00:00Z')
    })
  })

  it('frame the week of 18 August by the two days its events fall on, hour by hour', () => {
    expect(byId['week-of-18-aug']!.window).toEqual({
      start: new Date('2025-08-18T00:00:00Z'),
      end: new Date('2025-08-20T00:00:00Z')
    })
  })

  it('lie within the axis bounds, and are recognised when shown', () => {
    for (const preset of PRESETS) {
      expect(clampWindow(preset.window)).toEqual(preset.window)
      expect(presetShowing({ ...preset.window })).toBe(preset)
    }
    expect(presetShowing({ start: new Date(0), end: new Date(1) })).toBeNull()
  })
})
