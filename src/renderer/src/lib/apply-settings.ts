import type { Settings } from '@shared/schemas'

/**
 * Put the settings on the root element, where the stylesheet reads them: the theme and line
 * width as data attributes, the text size as a custom property.
 */
export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.theme = settings.theme
  root.dataset.lineWidth = settings.lineWidth
  root.style.setProperty('--text-size', `${settings.textSize}px`)
}
