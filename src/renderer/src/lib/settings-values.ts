import { LINE_WIDTHS, TEXT_SIZE, THEMES } from '@shared/limits'
import type { LineWidth, Theme } from '@shared/schemas'

/** The text size one step (`delta` px) from `size`, kept within the sizes the store accepts. */
export function stepTextSize(size: number, delta: number): number {
  return Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, Math.round(size + delta)))
}

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' }
const LINE_WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' }

/** The theme choices in the order they are offered (THEMES' order), with their labels. */
export const THEME_CHOICES: readonly { value: Theme; label: string }[] = THEMES.map((value) => ({
  value,
  label: THEME_LABELS[value]
}))

/** The line-width choices in the order they are offered (LINE_WIDTHS' order), with their labels. */
export const LINE_WIDTH_CHOICES: readonly { value: LineWidth; label: string }[] = LINE_WIDTHS.map(
  (value) => ({ value, label: LINE_WIDTH_LABELS[value] })
)
