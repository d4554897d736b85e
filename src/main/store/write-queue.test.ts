/** The write queue never runs two writes at once, folds a burst into one follow-up write, and survives failures. */
import { describe, expect, it } from 'vitest'
import { WriteQueue } from './write-queue'

/** A write the test finishes by hand, recording what it saw when it started. */
class ManualWrites {
  readonly started: string[] = []
  readonly #finish: { resolve: () => void; reject: (error: Error) => void }[] = []
  value = 'initial'
  running = 0
  maxRunning = 0

  readonly write = (): Promise<void> => {
    this.started.push(this.value)
    this.running += 1
    this.maxRunning = Math.max(this.maxRunning, this.running)
    return new Promise<void>((resolve, reject) => {
      this.#finish.push({
        resolve: () => {
          this.running -= 1
          resolve()
        },
        reject: (error) => {
          this.running -= 1
          reject(error)
        }
      })
    })
  }

  /** Finish the oldest unfinished write, then let the queue react. */
  async succeed(): Promise<void> {
    this.#finish.shift()!.resolve()
    await settle()
  }

  async fail(message: string): Promise<void> {
    this.#finish.shift()!.reject(new Error(message))
    await settle()
  }
}

/** Let every pending promise callback run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Track whether a promise has settled, without awaiting it. */
function track(promise: Promise<void>): { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } {
  const tracked: { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { state: 'pending' }
  promise.then(
    () => (tracked.state = 'resolved'),
    (error: unknown) => {
      tracked.state = 'rejected'
      tracked.error = error
    }
  )
  return tracked
}

describe('WriteQueue', () => {
  it('starts a write at once when none is in flight', async () => {
    const writes = new ManualWrites()
    const queue = new WriteQueue(writes.write)

    const done = track(queue.schedule())
    await settle()

    expect(writes.started).toHaveLength(1)
    expect(done.state).toBe('pending')
    await writes.succeed()
    expect(done.state).toBe('resolved')
  })

  it('folds any number of requests made during a write into exactly one more write, started afterwards', async () => {
    const writes = new ManualWrites()
    const queue = new WriteQueue(writes.write)
    const first = track(queue.schedule())
    await settle()

    const waiting = Array.from({ length: 10 }, (_, i) => {
      writes.value = `change ${i}`
      return track(queue.schedule())
    })
    await settle()
    expect(writes.started).toEqual(['initial'])

    writes.value = 'changed after the last request'
    await writes.succeed()
    expect(first.state).toBe('resolved')
    expect(waiting.map((w) => w.state)).toEqual(Array(10).fill('pending'))
    expect(writes.started).toEqual(['initial', 'changed after the last request'])

    await writes.succeed()
    expect(waiting.map((w) => w.state)).toEqual(Array(10).fill('resolved'))
    expect(writes.started).toHaveLength(2)
    expect(writes.maxRunning).toBe(1)
  })

  it('rejects the callers of a failed write, and still writes for the callers waiting behind it', async () => {
    const writes = new ManualWrites()
    const queue = new WriteQueue(writes.write)
    const failing = track(queue.schedule())
    await settle()
    const behind = track(queue.schedule())

    await writes.fail('disk full')

    expect(failing.state).toBe('rejected')
    expect((failing.error as Error).message).toBe('disk full')
    expect(behind.state).toBe('pending')
    expect(writes.started).toHaveLength(2)
    await writes.succeed()
    expect(behind.state).toBe('resolved')
  })

  it('writes again for the next request after a write failed', async () => {
    const writes = new ManualWrites()
    const queue = new WriteQueue(writes.write)
    const failing = track(queue.schedule())
    await settle()
    await writes.fail('disk full')
    expect(failing.state).toBe('rejected')

    const next = track(queue.schedule())
    await settle()
    expect(writes.started).toHaveLength(2)
    await writes.succeed()

    expect(next.state).toBe('resolved')
  })

  it('reports idle only once every requested write has finished, failed ones included', async () => {
    const writes = new ManualWrites()
    const queue = new WriteQueue(writes.write)
    track(queue.schedule())
    await settle()
    track(queue.schedule())
    const idle = track(queue.idle())

    await writes.fail('disk full')
    expect(idle.state).toBe('pending')
    await writes.succeed()

    expect(idle.state).toBe('resolved')
  })
})
