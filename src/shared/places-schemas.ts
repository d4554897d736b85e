/**
 * Zod schemas for the places of the story (shipped content, resources/content/places.json): where
 * each timeline event happened, with coordinates for the map, and the occupied territory of Ukraine
 * as the article and FACTS.md describe it (named, never drawn: no source here has front lines).
 */
import { z } from 'zod'
import { EventId, ParagraphId } from './ids'

export const PlaceId = z.string().regex(/^[a-z][a-z-]*$/, 'a place id is a lower-case slug')

export const PlaceSchema = z.strictObject({
  id: PlaceId,
  /** The name shown on the map and in the table. */
  name: z.string().min(1).max(40),
  country: z.string().min(1),
  /** [longitude, latitude] in degrees (WGS 84), as GeoJSON orders them. */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /** What the place is in the story, in one sentence (FACTS.md §3). */
  role: z.string().min(1),
  /** The timeline events that happened here (a phone call has two ends, so an event may have two places). */
  eventIds: z.array(EventId),
  /** The article's paragraphs about the place or what happened there; none when the article is silent. */
  paragraphIds: z.array(ParagraphId)
})

/** A region of Ukraine held wholly or in part by Russia, as the article and FACTS.md name it. */
export const OccupiedRegionSchema = z.strictObject({
  name: z.string().min(1),
  detail: z.string().min(1),
  paragraphIds: z.array(ParagraphId).min(1)
})

export const PlacesSchema = z
  .strictObject({
    places: z.array(PlaceSchema).min(1),
    occupiedTerritory: z.strictObject({
      /** The article's own summary ("about one-fifth of Ukraine"). */
      summary: z.string().min(1),
      regions: z.array(OccupiedRegionSchema).min(1),
      /** A caution printed under the list: what no source here supports. */
      caution: z.string().min(1)
    })
  })
  .superRefine((data, ctx) => {
    const ids = new Set<string>()
    for (const [index, place] of data.places.entries()) {
      if (ids.has(place.id))
        ctx.addIssue({ code: 'custom', path: ['places', index, 'id'], message: `duplicate id ${place.id}` })
      ids.add(place.id)
    }
  })

export type Place = z.infer<typeof PlaceSchema>
export type OccupiedRegion = z.infer<typeof OccupiedRegionSchema>
export type Places = z.infer<typeof PlacesSchema>
