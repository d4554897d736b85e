import { readFile } from 'node:fs/promises'
import { CURRENT_SCHEMA_VERSION, type StoreData } from '@shared/schemas'
import { migrate, type Migration } from './migrations'
import { validateStore } from './validate-store'

/** What a store file turned out to hold. */
export type StoreFileState =
  | { kind: 'missing' }
  | { kind: 'ok'; data: StoreData; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string }

/**
 * Read a store file (the live one or a backup) without changing it: parse, migrate in memory,
 * and validate. Every failure is reported as a state, never thrown.
 */
export async function readStoreFile(
  path: string,
  list?: readonly Migration[],
  target: number = CURRENT_SCHEMA_VERSION
): Promise<StoreFileState> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { kind: 'missing' }
    return { kind: 'bad', reason: `the file could not be opened (${code ?? String(error)})` }
  }
  return parseStoreText(text, list, target)
}

/** The pure half of readStoreFile: classify the text of a store file. */
export function parseStoreText(
  text: string,
  list?: readonly Migration[],
  target: number = CURRENT_SCHEMA_VERSION
): StoreFileState {
  if (text.trim() === '') return { kind: 'bad', reason: 'it is empty' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: 'bad', reason: 'it is not valid JSON (it may have been cut short)' }
  }
  return parseStoreJson(json, list, target)
}

/** Classify parsed store data (a file's, or a full backup's): migrate it in memory and validate it. */
export function parseStoreJson(
  json: unknown,
  list?: readonly Migration[],
  target: number = CURRENT_SCHEMA_VERSION
): StoreFileState {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'bad', reason: 'it does not hold a Debrief data object' }
  }
  const record = json as Record<string, unknown>
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'bad', reason: 'it has no valid schemaVersion' }
  }
  if (version > target) return { kind: 'newer', version }

  let migrated = record
  if (version < target) {
    try {
      migrated = migrate(record, version, list, target)
    } catch (error) {
      return { kind: 'bad', reason: `it could not be upgraded from version ${version}: ${String(error)}` }
    }
  }
  const result = validateStore(migrated)
  if (!result.success) {
    const first = result.error.issues[0]
    const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
    return {
      kind: 'bad',
      reason: `its contents are not valid${where}: ${first?.message ?? 'unknown problem'}`
    }
  }
  return { kind: 'ok', data: result.data, migratedFrom: version < target ? version : null }
}
