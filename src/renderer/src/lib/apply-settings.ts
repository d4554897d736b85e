import type { Settings } from '@shared/schemas'

/**
 * The settings as the root element carries them, where the stylesheet reads them: the theme and
 * line width as data attributes, the text size as a custom property.
 */
export function rootSettings(settings: Settings): {
  data: { theme: string; lineWidth: string }
  properties: { '--text-size': string }
} {
  return {
    data: { theme: settings.theme, lineWidth: settings.lineWidth },
    properties: { '--text-size': `${settings.textSize}px` }
  }
}

/** Put the settings on the root element (see `rootSettings`). */
export function applySettings(root: HTMLElement, settings: Settings): void {
  const { data, properties } = rootSettings(settings)
  Object.assign(root.dataset, data)
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value)
}
