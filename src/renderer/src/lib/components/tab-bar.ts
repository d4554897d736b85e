/** The id of tab `id` in the tab bar `prefix`: what its panel's aria-labelledby names. */
export function tabId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`
}

/**
 * Where a key moves the focus in a tab list (WAI-ARIA tabs pattern): the index of the tab that
 * `key` leads to from tab `at` of `count`, wrapping at the ends, or undefined for any other key.
 */
export function tabKeyTarget(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count
    case 'ArrowLeft':
      return (at - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
