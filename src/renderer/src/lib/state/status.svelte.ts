import { ApiError } from '../api'

/** The one polite message line: what went wrong, in words the user can act on. */
export class StatusState {
  message = $state('')

  /** Show `message` until it is replaced or dismissed. */
  report(message: string): void {
    this.message = message
  }

  /** Show a failure as "<what we were doing>: <why>", never a stack trace. */
  reportError(doing: string, error: unknown): void {
    this.message = `${doing}: ${describeError(error)}`
  }

  clear(): void {
    this.message = ''
  }
}

/** A sentence for the user from anything thrown: the host's own message for an ApiError. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'something unexpected went wrong. Try again, or restart Debrief.'
}
