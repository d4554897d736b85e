/**
 * Where notes go beside the text. Each note wants to sit level with its highlight's first line; where
 * notes (or the recall badges already in the margin) would collide, a note is pushed down just
 * below what it would overlap, and the ones after it follow, so the column keeps article order and
 * nothing is drawn over anything else. As Hypothesis's bucket bar does with its anchors, the notes
 * are taken top to bottom in one sweep: linear in the notes and the obstacles.
 */

/** A note to place: where it wants to be (its highlight's first line) and how tall it is. */
export interface MarginItem {
  top: number
  height: number
}

/** A stretch of the margin already taken (a recall badge), from `top` to `bottom`. */
export interface MarginBand {
  top: number
  bottom: number
}

/**
 * The top of each of `items`, in their order (article order): never above where the item wants to
 * be, never overlapping the item before it or any of `taken`, with at least `gap` pixels between
 * any two. Items wanting to be higher than one before them are placed after it all the same, so
 * the column always reads in the order given. All values in one coordinate space (pixels down).
 */
export function stackNotes(
  items: readonly MarginItem[],
  taken: readonly MarginBand[],
  gap: number
): number[] {
  const bands = [...taken].filter((b) => b.bottom > b.top).sort((a, b) => a.top - b.top)
  const tops: number[] = []
  let floor = -Infinity
  let band = 0
  for (const item of items) {
    let top = Math.max(item.top, floor)
    // Bands wholly above this note cannot touch it or any note after it (tops only grow).
    while (band < bands.length && (bands[band] as MarginBand).bottom + gap <= top) band += 1
    for (let b = band; b < bands.length; b += 1) {
      const over = bands[b] as MarginBand
      if (over.top >= top + item.height + gap) break
      top = Math.max(top, over.bottom + gap)
    }
    tops.push(top)
    floor = top + item.height + gap
  }
  return tops
}

/** A box on screen, in viewport pixels. */
export interface ScreenBox {
  top: number
  bottom: number
  left: number
  right: number
}

/** Where a popover goes: its top, left and the most height it may take. */
export interface PopoverPlace {
  top: number
  left: number
  maxHeight: number
  side: 'above' | 'below'
}

/**
 * Place a popover of `size` by `passage` (the box around every line of a highlight) so that it
 * never covers it: above it when it fits between the passage and `clear` (the bottom of the
 * sticky bars), else below it when it fits above the window's foot, else on whichever side has the
 * more room, its height capped to that room (it scrolls). Kept `gap` pixels off the passage and
 * within the window sideways, left-aligned with the passage where it can be.
 */
export function placePopover(
  passage: ScreenBox,
  size: { width: number; height: number },
  view: { width: number; height: number; clear: number },
  gap = 8
): PopoverPlace {
  const above = passage.top - gap - view.clear - gap
  const below = view.height - gap - (passage.bottom + gap)
  const side =
    size.height <= above ? 'above' : size.height <= below ? 'below' : above > below ? 'above' : 'below'
  const room = Math.max(0, side === 'above' ? above : below)
  const height = Math.min(size.height, room)
  const top = side === 'above' ? passage.top - gap - height : passage.bottom + gap
  const left = Math.max(gap, Math.min(passage.left, view.width - gap - size.width))
  return { top, left, maxHeight: room, side }
}
