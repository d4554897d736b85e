/**
 * The renderer's first screen drawn before the page is sent (by the browser host, and by Electron's
 * app: protocol), from the same answers the page then carries: the article shows as soon as the HTML and stylesheet arrive, and the page's
 * script takes over that markup (`hydrate` in main.ts) instead of drawing it again.
 */
import { render } from 'svelte/server'
import type { FirstAnswers } from '@shared/first-answers'
import App from './App.svelte'
import { rootSettings } from './lib/apply-settings'

export interface FirstScreen {
  /** The markup inside the page's #app element. */
  body: string
  /** The root element's attributes that carry the settings (`applySettings` sets the same). */
  rootAttributes: Record<string, string>
}

/** Draw the first screen from `first`. */
export function renderFirstScreen(first: FirstAnswers): FirstScreen {
  const { data, properties } = rootSettings(first['settings:get'])
  const rootAttributes: Record<string, string> = {
    style: Object.entries(properties)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ')
  }
  for (const [key, value] of Object.entries(data)) {
    rootAttributes[`data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`] = value
  }
  return { body: render(App, { props: { first } }).body, rootAttributes }
}
