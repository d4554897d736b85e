/**
 * The review journal: each grade, appended as one line to a small file in the data folder and
 * fsync'd before the grade is answered, so a grade is durable in a millisecond or two where
 * rewriting the whole data file would take a frame or ten. The store folds the journal into
 * debrief.json at its next write and replays it at open.
 *
 * Each record carries a sequence number, and the data file says up to which number it holds the
 * journal (`journalSeq`): a record at or below it is already in the file and is never applied twice,
 * wherever a kill fell between writing the file and emptying the journal.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  CardStateSchema,
  isReviewLogEntry,
  type CardState,
  type ReviewLogEntry,
  type StoreData
} from '@shared/schemas'
import { syncFolder } from './durable-file'
import { FILE_MODE } from './file-modes'

/** One grade, as the journal holds it: enough to redo it on the data. */
export interface JournaledReview {
  seq: number
  cardId: string
  /** The card's state after the grade. */
  state: CardState
  entry: ReviewLogEntry
}

/** What a journal file holds. */
export interface JournalContents {
  records: JournaledReview[]
  /** Whether its last line was cut short (a kill during an append). */
  torn: boolean
  size: number
}

/**
 * The journal's records, in sequence order. A line that does not parse or validate is skipped: the
 * last line can be torn by a kill during its append, and that grade was never acknowledged.
 */
export async function readJournal(path: string): Promise<JournalContents> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], torn: false, size: 0 }
    throw error
  }
  const text = bytes.toString('utf8')
  const records = text.split('\n').flatMap((line) => {
    const record = parseRecord(line)
    return record ? [record] : []
  })
  return {
    records: records.sort((a, b) => a.seq - b.seq),
    torn: text.length > 0 && !text.endsWith('\n'),
    size: bytes.length
  }
}

function parseRecord(line: string): JournaledReview | null {
  if (line.trim() === '') return null
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return null
  }
  const { seq, cardId, state, entry } = (json ?? {}) as Record<string, unknown>
  if (!Number.isSafeInteger(seq) || (seq as number) < 1) return null
  if (typeof cardId !== 'string' || !isReviewLogEntry(entry) || entry[0] !== cardId) return null
  const parsed = CardStateSchema.safeParse(state)
  return parsed.success ? { seq: seq as number, cardId, state: parsed.data, entry } : null
}

/** Redo on `data` every record it does not hold yet (those above its `journalSeq`), in order. */
export function replayJournal(data: StoreData, records: readonly JournaledReview[]): void {
  const folded = data.journalSeq ?? 0
  for (const record of records) {
    if (record.seq <= folded) continue
    data.cards[record.cardId] = record.state
    data.reviewLog.push(record.entry)
  }
}

/**
 * The journal file, open for appending. Appends are written one group at a time: the grades that
 * arrive while one group is being fsync'd share the next write and fsync.
 */
export class ReviewJournal {
  readonly #path: string
  /** Opened at the first append: a folder where no grade was ever given has no journal. */
  #file: FileHandle | null = null
  /** Bytes in the file: a failed append is cut back to this, so no refused grade is left in it. */
  #size: number
  /** The highest sequence number written to the file, and how many records it holds. */
  #highest: number
  #count: number
  #tail: Promise<void> = Promise.resolve()
  #group: { lines: string[]; records: number; highest: number; done: Promise<void> } | null = null

  /** The journal at `path`, which holds `existing` (as readJournal found it). */
  constructor(path: string, existing: JournalContents) {
    this.#path = path
    this.#size = existing.size
    this.#count = existing.records.length
    this.#highest = existing.records.at(-1)?.seq ?? 0
    // A torn last line gets its own end, so the next record starts on a line of its own.
    if (existing.torn) this.#enqueue('\n', 0).catch(() => undefined)
  }

  /** Records in the file since it was last emptied. */
  get count(): number {
    return this.#count
  }

  /** Append `record` and resolve once it is on disk (written and fsync'd); reject if it could not be. */
  append(record: JournaledReview): Promise<void> {
    return this.#enqueue(`${JSON.stringify(record)}\n`, record.seq)
  }

  /**
   * Empty the journal if the data file now holds every record in it (all at or below `folded`).
   * Runs after the appends already asked for, so it never drops a record it has not seen written.
   */
  fold(folded: number): Promise<void> {
    const run = this.#tail.then(async () => {
      if (this.#size === 0 || this.#highest > folded) return
      const file = (this.#file ??= await this.#create())
      await file.truncate(0)
      await file.datasync()
      this.#size = 0
      this.#count = 0
    })
    this.#tail = run.catch(() => undefined)
    return run
  }

  /** Close the file once everything asked for is done. */
  async close(): Promise<void> {
    await this.#tail
    await this.#file?.close()
    this.#file = null
  }

  #enqueue(line: string, seq: number): Promise<void> {
    const record = seq > 0 ? 1 : 0
    if (this.#group) {
      this.#group.lines.push(line)
      this.#group.records += record
      this.#group.highest = Math.max(this.#group.highest, seq)
      return this.#group.done
    }
    const group = { lines: [line], records: record, highest: seq, done: Promise.resolve() }
    group.done = this.#tail.then(() => {
      this.#group = null
      return this.#write(group.lines.join(''), group.highest, group.records)
    })
    this.#group = group
    this.#tail = group.done.catch(() => undefined)
    return group.done
  }

  async #create(): Promise<FileHandle> {
    const file = await open(this.#path, 'a', FILE_MODE)
    try {
      // A new journal's name must survive a power cut as well as its lines.
      if (this.#size === 0) await syncFolder(dirname(this.#path))
      return file
    } catch (error) {
      await file.close()
      throw error
    }
  }

  async #write(text: string, highest: number, records: number): Promise<void> {
    const bytes = Buffer.from(text)
    const file = (this.#file ??= await this.#create())
    try {
      await file.write(bytes)
      await file.datasync()
    } catch (error) {
      // Cut off whatever part of the group reached the file: those grades are refused.
      await file.truncate(this.#size).catch(() => undefined)
      throw error
    }
    this.#size += bytes.length
    this.#highest = Math.max(this.#highest, highest)
    this.#count += records
  }
}
