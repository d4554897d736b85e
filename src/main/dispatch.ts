import { api, changedBy, isMethodName, type ApiResult, type WritingMethod } from '@shared/api'
import type { ChangeFeed } from './change-feed'
import { ServiceError } from './services/service-error'
import type { Handlers } from './services/handlers'

/**
 * The most of a refusal's detail that is answered: zod quotes unknown keys, and a caller may send
 * a key a megabyte long, which should not come back (twice) in the message the user is shown.
 */
export const MAX_DETAIL = 500

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max)}…`)

/**
 * Call one contract method on behalf of an untrusted caller (the renderer, or an HTTP request).
 * The input is parsed with the method's schema first, so a rejected call reaches no service and
 * changes nothing. Never throws: every failure becomes a typed `{ code, message }` error.
 * After a method that writes (the contract's `changes`) succeeds, `feed` is told which part of the
 * data changed: this is the one place change notices are made, whichever host called.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  input: unknown,
  feed?: ChangeFeed
): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'unknown-method', message: `There is no method "${name}".` } }
  }
  const parsed = api[name].input.safeParse(input)
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ')
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Invalid input for ${name}: ${clip(detail, MAX_DETAIL)}` }
    }
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    const value: unknown = await handler(parsed.data)
    const domain = changedBy(name)
    if (domain !== null && feed) feed.publish({ method: name as WritingMethod, domain })
    return { ok: true, value }
  } catch (error) {
    if (error instanceof ServiceError)
      return { ok: false, error: { code: error.code, message: error.message } }
    console.error(`[debrief] ${name} failed:`, error)
    return { ok: false, error: { code: 'internal', message: `Debrief could not complete ${name}.` } }
  }
}
