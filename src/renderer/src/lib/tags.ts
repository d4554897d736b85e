import { TAG_MAX_LENGTH } from '@shared/limits'

/** Tags typed as one comma-separated line: trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)
}

/** Whether any of `tags` is longer than the store accepts, so the form can say so before saving. */
export function hasOverlongTag(tags: readonly string[]): boolean {
  return tags.some((tag) => tag.length > TAG_MAX_LENGTH)
}
