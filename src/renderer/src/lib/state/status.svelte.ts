import { ApiCallError } from '../api'

/** The one polite message line: what went wrong, in words the user can act on. */
/** A button offered with a message, e.g. "Undo" after a delete. */
export interface StatusAction {
  label: string
  run: () => void
}

export class StatusState {
  message = $state('')
  action = $state.raw<StatusAction | null>(null)

  /** Show `message` (with an optional action) until it is replaced or dismissed. */
  report(message: string, action: StatusAction | null = null): void {
    this.message = message
    this.action = action
  }

  /** Show a failure as "<what we were doing>: <why>", never a stack trace. */
  reportError(doing: string, error: unknown): void {
    this.message = `${doing}: ${describeError(error)}`
    this.action = null
  }

  clear(): void {
    this.message = ''
    this.action = null
  }
}

/** A sentence for the user from anything thrown: the host's own message for an ApiCallError. */
export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) return error.message
  return 'something unexpected went wrong. Try again, or restart Debrief.'
}
