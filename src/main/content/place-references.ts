import type { Places } from '@shared/places-schemas'
import type { Article } from '@shared/schemas'
import type { Timeline } from '@shared/timeline-schemas'

/**
 * The places, once every event they name is on the timeline and every paragraph they cite is in the
 * article. Throws, naming each bad reference, otherwise: a place pointing at the wrong event or
 * passage would teach the wrong thing, so it must not ship.
 */
export function checkPlaceReferences(places: Places, timeline: Timeline, article: Article): Places {
  const paragraphs = new Set(
    [...article.sections.flatMap((s) => s.paragraphs), article.credit].map((p) => p.id)
  )
  const events = new Set(timeline.events.map((e) => e.id))
  const problems: string[] = []
  const cite = (where: string, ids: readonly string[]): void => {
    for (const id of ids)
      if (!paragraphs.has(id)) problems.push(`${where} cites ${id}, which the article lacks`)
  }
  for (const place of places.places) {
    cite(`place ${place.id}`, place.paragraphIds)
    for (const id of place.eventIds)
      if (!events.has(id)) problems.push(`place ${place.id} names event ${id}, which the timeline lacks`)
  }
  for (const region of places.occupiedTerritory.regions) cite(`region ${region.name}`, region.paragraphIds)
  if (problems.length > 0) throw new Error(`places.json: ${problems.join('; ')}`)
  return places
}
