/**
 * The first screen's data, sent with the page. Both hosts answer these calls (all take no input)
 * before they send index.html (the browser host over HTTP, Electron through its app: protocol),
 * render the first screen from them and put them in the page, so the article paints without
 * waiting for the renderer's script and a round of requests; the renderer then starts from the
 * same answers.
 * Only what the first screen draws comes: every byte here is parsed before the article paints.
 * Of the content, the article alone (content:article); the rest (timeline, cards, places, X-Ray:
 * three quarters of it) the renderer fetches with content:get once it runs. Of the highlights
 * only their spans (where each lies, its colour): with thousands, the whole list would hold the
 * page back, so the renderer draws them from the spans and fetches the list (notes, tags) then too.
 */
import type { MethodName, Output } from './api'

/** The no-input calls the first screen makes. */
export const FIRST_ANSWER_METHODS = [
  'content:article',
  'settings:get',
  'notices:list',
  'store:info',
  'progress:get',
  'annotations:spans'
] as const satisfies readonly MethodName[]

export type FirstAnswerMethod = (typeof FIRST_ANSWER_METHODS)[number]

/** Each first-screen call's answer. */
export type FirstAnswers = { [M in FirstAnswerMethod]: Output<M> }

/** The id of the page's `<script type="application/json">` element holding the answers. */
export const FIRST_ANSWERS_ELEMENT_ID = 'first-answers'

/**
 * The answers as the text of a JSON script element: every `<` escaped, so no string in them (a
 * note, a tag) can close the element or open another.
 */
export function firstAnswersScriptText(answers: FirstAnswers): string {
  return JSON.stringify(answers).replace(/</g, '\\u003c')
}

/**
 * The answers in a JSON script element's text, or null when it is missing, unreadable or lacks one
 * (the renderer then asks for everything, as in Electron).
 */
export function parseFirstAnswers(text: string | null | undefined): FirstAnswers | null {
  if (!text) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  return FIRST_ANSWER_METHODS.every((name) => Object.hasOwn(value, name)) ? (value as FirstAnswers) : null
}
