import {
  FIRST_ANSWER_METHODS,
  FIRST_ANSWERS_ELEMENT_ID,
  firstAnswersScriptText,
  type FirstAnswers
} from '@shared/first-answers'
import { renderFirstScreen } from '../renderer/src/render-first-screen'
import { dispatch } from '../main/dispatch'
import type { Handlers } from '../main/services/handlers'

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * index.html with the first screen drawn in and its answers alongside (see first-answers.ts).
 * When any answer fails, the page goes out as built: the renderer asks again and reports the
 * failure where the user sees it.
 */
export async function pageWithFirstScreen(template: string, handlers: Handlers): Promise<string> {
  const answers: Record<string, unknown> = {}
  for (const name of FIRST_ANSWER_METHODS) {
    const result = await dispatch(handlers, name, {})
    if (!result.ok) return template
    answers[name] = result.value
  }
  const first = answers as FirstAnswers
  const screen = renderFirstScreen(first)
  const attributes = Object.entries(screen.rootAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
  return template
    .replace('<html lang="en">', `<html lang="en"${attributes}>`)
    .replace(
      '<div id="app"></div>',
      `<div id="app">${screen.body}</div>\n<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${firstAnswersScriptText(first)}</script>`
    )
}
