import type { Article } from '@shared/schemas'
import type { Xray } from '@shared/xray-schemas'
import { findNames } from '@shared/xray-names'

/**
 * The X-Ray, once it fits `article`: ids are unique, every name it goes by is found in the
 * article, every allusion and quote is verbatim in the block it names, every quote's speaker is a
 * person of the X-Ray, and every quotation in the article is attributed. Throws, naming each
 * problem, otherwise: an X-Ray that points at the wrong words would teach the wrong thing.
 */
export function checkXray(xray: Xray, article: Article): Xray {
  const blocks = [
    ...article.sections.flatMap((s) => [
      ...(s.heading === null ? [] : [{ id: s.id, text: s.heading }]),
      ...s.paragraphs.map((p) => ({ id: p.id, text: p.text }))
    ]),
    { id: article.credit.id, text: article.credit.text }
  ]
  const textOf = new Map(blocks.map((b) => [b.id, b.text]))
  const problems: string[] = []
  const ids = new Set<string>()
  for (const entry of xray.entries) {
    if (ids.has(entry.id)) problems.push(`two entries have the id ${entry.id}`)
    ids.add(entry.id)
    for (const name of entry.names) {
      if (findNames([name], blocks).length === 0)
        problems.push(`${entry.id}: “${name}” is not in the article`)
    }
    for (const allusion of entry.allusions ?? []) {
      if (!textOf.get(allusion.in)?.includes(allusion.text)) {
        problems.push(`${entry.id}: “${allusion.text}” is not in ${allusion.in}`)
      }
    }
  }
  const persons = new Set(xray.entries.filter((e) => e.kind === 'person').map((e) => e.id))
  for (const quote of xray.quotes) {
    if (!persons.has(quote.speaker)) problems.push(`a quote's speaker ${quote.speaker} is not a person`)
    if (!textOf.get(quote.in)?.includes(quote.text)) problems.push(`“${quote.text}” is not in ${quote.in}`)
  }
  for (const block of blocks) {
    for (const [quoted] of block.text.matchAll(/“[^”]*”/g)) {
      if (!xray.quotes.some((q) => q.in === block.id && q.text === quoted)) {
        problems.push(`${quoted} in ${block.id} is attributed to nobody`)
      }
    }
  }
  if (problems.length > 0) throw new Error(`xray.json: ${problems.join('; ')}`)
  return xray
}
