/**
 * Tags as given (trimmed by the schema), without repeats: the first spelling of a tag wins. Used
 * for highlights and timeline event notes alike.
 */
export function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  return tags.filter((tag) => {
    const key = tag.toLocaleLowerCase('en')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
