import { CURRENT_SCHEMA_VERSION } from '@shared/schemas'

/** Upgrades a store file from schema version `from` to `from + 1`. */
export interface Migration {
  from: number
  migrate(data: Record<string, unknown>): Record<string, unknown>
}

/**
 * The store's migrations, in order. Schema version 1 is the first, so there are none yet: when the
 * store's shape changes, bump CURRENT_SCHEMA_VERSION and append `{ from: 1, migrate }` here.
 */
export const migrations: readonly Migration[] = []

/**
 * Run the migrations that take `data` from its version to `target`, in order. Throws when one is
 * missing, which the store treats like any other unreadable file.
 */
export function migrate(
  data: Record<string, unknown>,
  from: number,
  list: readonly Migration[] = migrations,
  target: number = CURRENT_SCHEMA_VERSION
): Record<string, unknown> {
  let current = data
  for (let version = from; version < target; version += 1) {
    const step = list.find((m) => m.from === version)
    if (!step) throw new Error(`no migration from schema version ${version}`)
    current = { ...step.migrate(current), schemaVersion: version + 1 }
  }
  return current
}
