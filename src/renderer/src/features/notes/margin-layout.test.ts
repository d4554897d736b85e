import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placePopover, stackNotes, type MarginBand, type MarginItem } from './margin-layout'

const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }, gap: number) =>
  a.top < b.bottom + gap && b.top < a.bottom + gap

describe('notes stacked in the margin', () => {
  it('sit level with their highlights when there is room', () => {
    const items = [
      { top: 100, height: 40 },
      { top: 300, height: 60 },
      { top: 900, height: 20 }
    ]
    expect(stackNotes(items, [], 8)).toEqual([100, 300, 900])
  })

  it('are pushed down in order when two highlights share a line or are close', () => {
    const items = [
      { top: 100, height: 50 },
      { top: 100, height: 30 },
      { top: 120, height: 30 },
      { top: 400, height: 30 }
    ]
    // 100 → 158 (100 + 50 + 8) → 196 (158 + 30 + 8); the last has room again.
    expect(stackNotes(items, [], 8)).toEqual([100, 158, 196, 400])
  })

  it('go below a recall badge they would cover, and the notes after follow', () => {
    const badge: MarginBand = { top: 200, bottom: 260 }
    const items = [
      { top: 160, height: 40 }, // would come within the gap of the badge: pushed below it
      { top: 210, height: 20 }
    ]
    expect(stackNotes(items, [badge], 10)).toEqual([270, 320])
    expect(stackNotes([{ top: 150, height: 40 }], [badge], 10)).toEqual([150]) // exactly the gap above it
  })

  it('keep article order even when a later highlight is higher up (a heading’s note after a long one)', () => {
    expect(
      stackNotes(
        [
          { top: 500, height: 10 },
          { top: 100, height: 10 }
        ],
        [],
        4
      )
    ).toEqual([500, 514])
  })

  it('never overlap each other or a badge, never rise above their highlight, keep order', () => {
    const item = fc.record({
      top: fc.integer({ min: 0, max: 5000 }),
      height: fc.integer({ min: 1, max: 300 })
    })
    const band = fc
      .record({ top: fc.integer({ min: 0, max: 5000 }), height: fc.integer({ min: 0, max: 200 }) })
      .map(({ top, height }) => ({ top, bottom: top + height }))
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.array(band, { maxLength: 10 }),
        fc.nat(20),
        (raw, bands, gap) => {
          // Highlights come in article order, which runs down the page.
          const items: MarginItem[] = [...raw].sort((a, b) => a.top - b.top)
          const tops = stackNotes(items, bands, gap)
          expect(tops).toHaveLength(items.length)
          const boxes = tops.map((top, i) => ({ top, bottom: top + items[i]!.height }))
          for (const [i, box] of boxes.entries()) {
            expect(box.top).toBeGreaterThanOrEqual(items[i]!.top)
            if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom + gap)
            for (const b of bands.filter((b) => b.bottom > b.top)) expect(overlaps(box, b, gap)).toBe(false)
          }
        }
      )
    )
  })

  it('lays out a thousand notes in well under a frame', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ top: i * 37, height: 48 + (i % 5) * 10 }))
    const bands = Array.from({ length: 12 }, (_, i) => ({ top: i * 3000, bottom: i * 3000 + 70 }))
    const started = performance.now()
    for (let i = 0; i < 20; i += 1) stackNotes(items, bands, 8)
    expect((performance.now() - started) / 20).toBeLessThan(4)
  })
})

describe('a note’s popover beside its highlight', () => {
  const view = { width: 1000, height: 800, clear: 100 }

  it('goes above the passage when it fits under the bars, never over it', () => {
    const passage = { top: 400, bottom: 450, left: 200, right: 600 }
    const place = placePopover(passage, { width: 300, height: 120 }, view)
    expect(place.side).toBe('above')
    expect(place.top + 120).toBeLessThanOrEqual(passage.top)
    expect(place.top).toBeGreaterThanOrEqual(view.clear)
    expect(place.left).toBe(200)
  })

  it('goes below when the passage is near the bars', () => {
    const passage = { top: 130, bottom: 160, left: 900, right: 980 }
    const place = placePopover(passage, { width: 300, height: 120 }, view)
    expect(place.side).toBe('below')
    expect(place.top).toBeGreaterThanOrEqual(passage.bottom)
    expect(place.left + 300).toBeLessThanOrEqual(view.width) // kept inside the window
  })

  it('takes the roomier side, capped to it, when it fits on neither', () => {
    const passage = { top: 300, bottom: 700, left: 10, right: 500 }
    const place = placePopover(passage, { width: 300, height: 500 }, view)
    expect(place.side).toBe('above')
    expect(place.maxHeight).toBe(300 - 8 - 100 - 8)
    expect(place.top).toBeGreaterThanOrEqual(view.clear)
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(passage.top)
  })

  it('never covers the passage, wherever it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 780 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 10, max: 600 }),
        (top, tall, height) => {
          const passage = { top, bottom: Math.min(800, top + tall), left: 50, right: 400 }
          const place = placePopover(passage, { width: 320, height }, view)
          const bottom = place.top + Math.min(height, place.maxHeight)
          expect(bottom <= passage.top || place.top >= passage.bottom).toBe(true)
        }
      )
    )
  })
})
