import { TEXT_SIZE } from '@shared/limits'
import type { LineWidth, Theme } from '@shared/schemas'

/** The text size one step (`delta` px) from `size`, kept within the sizes the store accepts. */
export function stepTextSize(size: number, delta: number): number {
  return Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, Math.round(size + delta)))
}

/** The theme choices in the order they are offered, with their labels. */
export const THEME_CHOICES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' }
]

/** The line-width choices in the order they are offered, with their labels. */
export const LINE_WIDTH_CHOICES: readonly { value: LineWidth; label: string }[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' }
]
