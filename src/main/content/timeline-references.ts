import type { Article } from '@shared/schemas'
import type { Timeline } from '@shared/timeline-schemas'

/**
 * The timeline, once every paragraph it cites exists in `article` and every line it quotes from the
 * article is found verbatim in the paragraph it names. Throws, naming each bad reference, otherwise:
 * a timeline pointing at the wrong passage would teach the wrong thing, so it must not ship.
 */
export function checkTimelineReferences(timeline: Timeline, article: Article): Timeline {
  const paragraphs = new Map(
    [...article.sections.flatMap((s) => s.paragraphs), article.credit].map((p) => [p.id, p.text])
  )
  const problems: string[] = []
  const cite = (where: string, ids: readonly string[]): void => {
    for (const id of ids)
      if (!paragraphs.has(id)) problems.push(`${where} cites ${id}, which the article lacks`)
  }

  for (const event of timeline.events) cite(`event ${event.id}`, event.paragraphIds)
  for (const row of timeline.comparison.rows) {
    cite(`comparison row ${row.id} (February)`, row.february.paragraphIds)
    cite(`comparison row ${row.id} (August)`, row.august.paragraphIds)
  }
  for (const side of ['february', 'august'] as const) {
    for (const quote of timeline.comparison.articleLines[side]) {
      const text = paragraphs.get(quote.paragraphId)
      if (text === undefined)
        problems.push(`the ${side} article line cites ${quote.paragraphId}, which the article lacks`)
      else if (!text.includes(quote.text)) {
        problems.push(`the ${side} article line “${quote.text}” is not in ${quote.paragraphId}`)
      }
    }
  }
  if (problems.length > 0) throw new Error(`timeline.json: ${problems.join('; ')}`)
  return timeline
}
