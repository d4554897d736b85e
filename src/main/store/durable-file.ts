import { open, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { FILE_MODE } from './file-modes'

/** The file system calls a durable write makes; tests pass one that records them. */
export interface DurableFs {
  open: typeof open
  rename: typeof rename
}

/**
 * The store's lowdb adapter: compact JSON, written so that a write that has resolved survives a
 * crash and a power cut. Like steno it writes a temp file and renames it over the data file (a kill
 * mid-write never leaves half a file), and unlike steno it fsyncs the temp file before the rename
 * and the folder after it: without the first a power cut can leave the new name on empty blocks,
 * without the second the rename itself can be lost. Compact, because a heavy user's file is tens of
 * megabytes and indentation would add a third to every write.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #fs: DurableFs
  readonly #snapshot: (data: T) => unknown

  /**
   * `snapshot` turns the data into what the file holds (the store adds its journal bookkeeping);
   * `fs` is the file system to write through.
   */
  constructor(
    readonly path: string,
    options: { snapshot?: (data: T) => unknown; fs?: DurableFs } = {}
  ) {
    this.#snapshot = options.snapshot ?? ((data) => data)
    this.#fs = options.fs ?? { open, rename }
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async write(data: T): Promise<void> {
    // Serialise first, synchronously: the snapshot is the data as it is at this moment.
    const text = JSON.stringify(this.#snapshot(data))
    const temp = join(dirname(this.path), `.${basename(this.path)}.tmp`)
    const file = await this.#fs.open(temp, 'w', FILE_MODE)
    try {
      await file.writeFile(text)
      await file.sync()
    } finally {
      await file.close()
    }
    await this.#fs.rename(temp, this.path)
    await syncFolder(dirname(this.path), this.#fs)
  }
}

/**
 * fsync a folder, so that the names created or renamed in it survive a power cut. Windows cannot
 * open a folder for this (NTFS journals its names itself), so there it is skipped.
 */
export async function syncFolder(dir: string, fs: Pick<DurableFs, 'open'> = { open }): Promise<void> {
  if (process.platform === 'win32') return
  const folder = await fs.open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
