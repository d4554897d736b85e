/** The part of a DOMRect the placement needs. */
export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** Where to put a tooltip: its horizontal centre, and either its top or its bottom edge. */
export type TooltipPlacement =
  { side: 'below'; centerX: number; top: number } | { side: 'above'; centerX: number; bottom: number }

/**
 * Above the phrase, so the line being read stays clear, unless that would run under the sticky
 * toolbar (`topLimit`); then below. Centred on the phrase but kept `halfWidth` from the window's
 * edges so it is never cut off.
 */
export function placeTooltip(
  anchor: Box,
  viewport: { width: number; height: number },
  options: { topLimit?: number; gap?: number; halfWidth?: number; height?: number } = {}
): TooltipPlacement {
  const { topLimit = 0, gap = 6, halfWidth = 160, height = 64 } = options
  const center = (anchor.left + anchor.right) / 2
  const centerX = Math.min(Math.max(center, halfWidth + gap), Math.max(viewport.width - halfWidth - gap, 0))
  if (anchor.top - gap - height >= topLimit) {
    return { side: 'above', centerX, bottom: viewport.height - anchor.top + gap }
  }
  return { side: 'below', centerX, top: anchor.bottom + gap }
}
