/**
 * What a text box with a length limit says under it, in one wording for every such box (a
 * highlight's or a page's note, a card's note): how long the text is, or by how much it is over.
 */

/** "This note is 12 characters over the limit of 2,000. Shorten it to save.", or null within it. */
export function overLimitMessage(length: number, max: number): string | null {
  const over = length - max
  if (over <= 0) return null
  return (
    `This note is ${over.toLocaleString('en')} character${over === 1 ? '' : 's'} over the limit of ` +
    `${max.toLocaleString('en')}. Shorten it to save.`
  )
}

/** "27 / 2,000 characters". */
export function lengthCount(length: number, max: number): string {
  return `${length.toLocaleString('en')} / ${max.toLocaleString('en')} characters`
}
