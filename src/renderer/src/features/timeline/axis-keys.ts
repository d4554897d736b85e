/**
 * What a key does on the time axis: arrows step from event to event, Home and End jump to the first
 * and last, + and − zoom, Shift with an arrow pans. Pure, so the whole key map is unit-tested.
 */

export type AxisCommand =
  { kind: 'select'; id: string } | { kind: 'zoom'; factor: number } | { kind: 'pan'; fraction: number }

/** How much one key press zooms or pans. */
export const ZOOM_STEP = 1.6
export const PAN_STEP = 0.2

/**
 * The command for `key` (a KeyboardEvent.key) given the events in timeline order and the one
 * selected (null before any); null for keys the axis leaves alone.
 */
export function axisCommand(
  key: string,
  ids: readonly string[],
  selected: string | null,
  shift = false
): AxisCommand | null {
  if (key === '+' || key === '=') return { kind: 'zoom', factor: ZOOM_STEP }
  if (key === '-' || key === '_' || key === '−') return { kind: 'zoom', factor: 1 / ZOOM_STEP }
  const forward = key === 'ArrowRight' || key === 'ArrowDown'
  const back = key === 'ArrowLeft' || key === 'ArrowUp'
  if (shift && (forward || back)) return { kind: 'pan', fraction: forward ? PAN_STEP : -PAN_STEP }
  if (ids.length === 0) return null
  const at = selected === null ? -1 : ids.indexOf(selected)
  let target: string | undefined
  if (key === 'Home') target = ids[0]
  else if (key === 'End') target = ids.at(-1)
  else if (forward) target = at === -1 ? ids[0] : ids[Math.min(at + 1, ids.length - 1)]
  else if (back) target = at === -1 ? ids.at(-1) : ids[Math.max(at - 1, 0)]
  return target === undefined ? null : { kind: 'select', id: target }
}
