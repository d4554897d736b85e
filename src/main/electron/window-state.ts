import type { WindowState } from '@shared/schemas'

/** A rectangle on the desktop, in screen pixels. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Where to open the window: a size, and a position only when the saved one is still on screen. */
export interface OpeningBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** The size a first-time window opens at: room for the article and a side panel. */
export const DEFAULT_SIZE = { width: 1100, height: 800 } as const

/** The smallest window the store accepts (WindowStateSchema). */
export const MIN_SIZE = 200

/** How much of the window's top edge must be on a display for the user to grab it and move it. */
const GRABBABLE = 100

const clampSize = (width: number, height: number, area: Rect): { width: number; height: number } => ({
  width: Math.max(MIN_SIZE, Math.min(width, area.width)),
  height: Math.max(MIN_SIZE, Math.min(height, area.height))
})

/** True when the window's title bar (its top edge) lies on `area` wide enough to be dragged. */
function titleBarOn(bounds: Rect, area: Rect): boolean {
  const overlap = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
  return overlap >= GRABBABLE && bounds.y >= area.y && bounds.y < area.y + area.height
}

/**
 * Where to reopen the window. The saved position is kept only if its title bar is still on one of
 * the displays' work areas (a monitor may have been unplugged since); otherwise the window opens
 * centred, at most as big as `fallback` (the primary display's work area). The size never exceeds
 * the display it opens on.
 */
export function visibleBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  fallback: Rect
): OpeningBounds {
  if (!saved) return clampSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, fallback)
  if (saved.x !== undefined && saved.y !== undefined) {
    const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
    const area = workAreas.find((candidate) => titleBarOn(bounds, candidate))
    if (area) return { x: saved.x, y: saved.y, ...clampSize(saved.width, saved.height, area) }
  }
  return clampSize(saved.width, saved.height, fallback)
}

/**
 * The state to save for a window whose un-maximised bounds are `normal`: whole pixels, and never
 * smaller than the store accepts, so a saved state always loads again.
 */
export function toWindowState(normal: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.max(MIN_SIZE, Math.round(normal.width)),
    height: Math.max(MIN_SIZE, Math.round(normal.height)),
    maximized
  }
}
