import { findNames } from '@shared/xray-names'
import type { XrayEntry } from '@shared/xray-schemas'
import type { Block } from './blocks'

/** Where one X-Ray entry is named in a block's text: [start, end) and the entry's id. */
export interface NameRange {
  start: number
  end: number
  entry: string
}

/**
 * The X-Ray's names in every block, keyed by block id (blocks naming nobody are left out), found
 * by the rule the X-Ray's own mention links use (findNames), so the reader marks each mention the
 * X-Ray lists, once. Names of different entries may nest ("NATO" inside "NATO Secretary-Normal
 * Mark Rutte"); each entry's own finds never overlap.
 */
export function nameRangesByBlock(
  blocks: readonly Block[],
  entries: readonly Pick<XrayEntry, 'id' | 'names'>[]
): Map<string, NameRange[]> {
  const byBlock = new Map<string, NameRange[]>()
  for (const entry of entries) {
    for (const match of findNames(entry.names, blocks)) {
      const list = byBlock.get(match.blockId) ?? []
      list.push({ start: match.start, end: match.end, entry: entry.id })
      byBlock.set(match.blockId, list)
    }
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.start - b.start || b.end - a.end)
  return byBlock
}
