import { readFile } from 'node:fs/promises'
import {
  FIRST_ANSWER_METHODS,
  FIRST_ANSWERS_ELEMENT_ID,
  firstAnswersScriptText,
  type FirstAnswers
} from '@shared/first-answers'
import { RESUME_SCRIPT, RESUMED_ELEMENT_ID } from '@shared/resume-script'
import { renderFirstScreen } from '../renderer/src/render-first-screen'
import { dispatch } from '../main/dispatch'
import type { Handlers } from '../main/services/handlers'
import { resolveStaticPath } from './static-files'

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\.?(\/assets\/[^"]+\.css)"[^>]*>/g

/**
 * index.html with its stylesheets' text in place of their links: the first screen then paints
 * from the page alone, without waiting for another response. A sheet that cannot be read, or
 * whose text could end its element, keeps its link.
 */
export async function inlineStylesheets(template: string, rendererDir: string): Promise<string> {
  let page = template
  for (const [link, path] of template.matchAll(STYLESHEET_LINK)) {
    const file = resolveStaticPath(rendererDir, path!)
    const css = file ? await readFile(file, 'utf8').catch(() => null) : null
    if (css !== null && !/<\/style/i.test(css)) page = page.replace(link, () => `<style>${css}</style>`)
  }
  return page
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * index.html with the first screen drawn in and its answers alongside (see first-answers.ts), and
 * for a returning reader the positioning script that lands them where they left off before the
 * first paint (resume-script.ts). The one page both hosts send: the browser host over HTTP,
 * Electron through the app: protocol (src/main/app-protocol.ts). When any answer fails, the page
 * goes out as built: the renderer asks again and reports the failure where the user sees it.
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
  const resumeAt = first['progress:get'].paragraphId
  const attributes = Object.entries(screen.rootAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
  // Replaced by functions: a `$&` or `$'` in a note must not be read as a replacement pattern.
  return (
    template
      .replace('<html lang="en">', () => `<html lang="en"${attributes}>`)
      // Nothing is painted before the positioning has run, even when the page arrives in pieces.
      .replace('</head>', () =>
        resumeAt ? `<link rel="expect" href="#${RESUMED_ELEMENT_ID}" blocking="render"></head>` : '</head>'
      )
      .replace(
        '<div id="app"></div>',
        () =>
          // The positioning script straight after the article, before the answers: the first frame
          // waits on the article alone, not on parsing the answers too.
          `<div id="app">${screen.body}</div>` +
          (resumeAt
            ? `\n<script data-resume="${escapeAttribute(resumeAt)}">${RESUME_SCRIPT}</script>` +
              `<template id="${RESUMED_ELEMENT_ID}"></template>`
            : '') +
          `\n<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${firstAnswersScriptText(first)}</script>`
      )
  )
}
