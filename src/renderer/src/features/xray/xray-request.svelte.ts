/**
 * An entry another view asked the X-Ray to show ("More" on a name in the reader). Kept apart from
 * the X-Ray's own state so asking loads none of the X-Ray's code.
 */
class XrayRequest {
  id = $state<string | null>(null)

  /** Ask the X-Ray to show entry `id` when it next opens. */
  ask(id: string): void {
    this.id = id
  }

  /** The entry asked for, once: a later visit shows what was selected then. */
  take(): string | null {
    const id = this.id
    this.id = null
    return id
  }
}

export const xrayRequest = new XrayRequest()
