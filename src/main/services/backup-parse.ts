import { Worker } from 'node:worker_threads'

/** Reviews sent from the parsing thread at a time: each slice is taken in by its own turn. */
const REVIEWS_PER_MESSAGE = 20_000

/**
 * The parsing thread, as source: Node runs it with `eval`, so it needs no file of its own in any
 * build. It parses the backup's text, answers the envelope with its review log taken out, then hands
 * the review log over one slice per request, so that the main thread takes in each slice in a turn
 * of its own instead of the whole file in one.
 */
const PARSER_SOURCE = `
const { parentPort } = require('node:worker_threads')
parentPort.once('message', (text) => {
  let json
  try {
    json = JSON.parse(text)
  } catch {
    parentPort.postMessage({ kind: 'not-json' })
    return
  }
  const data = json !== null && typeof json === 'object' ? json.data : undefined
  const log = data !== null && typeof data === 'object' && Array.isArray(data.reviewLog) ? data.reviewLog : null
  if (log !== null) data.reviewLog = []
  parentPort.postMessage({ kind: 'envelope', json, hasLog: log !== null })
  let next = 0
  parentPort.on('message', () => {
    parentPort.postMessage({ kind: 'reviews', slice: log.slice(next, next + ${REVIEWS_PER_MESSAGE}), last: next + ${REVIEWS_PER_MESSAGE} >= log.length })
    next += ${REVIEWS_PER_MESSAGE}
  })
})
`

/** A backup's text, parsed: the JSON with its review log apart (undefined when it had none as a list). */
export interface ParsedBackup {
  json: unknown
  reviewLog: unknown[] | undefined
}

type ParserMessage =
  | { kind: 'not-json' }
  | { kind: 'envelope'; json: unknown; hasLog: boolean }
  | { kind: 'reviews'; slice: unknown[]; last: boolean }

/**
 * Parse a backup's text off the main thread: JSON.parse of a 300,000-review backup alone would hold
 * every other request for a good part of a second. Null when the text is not JSON.
 */
export function parseBackupText(text: string): Promise<ParsedBackup | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PARSER_SOURCE, { eval: true })
    let json: unknown
    const reviewLog: unknown[] = []
    const finish = (result: ParsedBackup | null): void => {
      void worker.terminate()
      resolve(result)
    }
    worker.on('error', reject)
    worker.on('message', (message: ParserMessage) => {
      if (message.kind === 'not-json') return finish(null)
      if (message.kind === 'envelope') {
        json = message.json
        if (!message.hasLog) return finish({ json, reviewLog: undefined })
      } else {
        for (const entry of message.slice) reviewLog.push(entry)
        if (message.last) return finish({ json, reviewLog })
      }
      worker.postMessage('next')
    })
    worker.postMessage(text)
  })
}
