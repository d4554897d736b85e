/**
 * The map's geometry, drawn offline from Natural Earth's countries (world-atlas, 1:110m) through
 * topojson-client and d3-geo: never a hand-drawn outline. The places of the story span Alaska to
 * Moscow, so the map is two frames, each with a projection fitted to its own places: Europe (with all
 * of Ukraine) and North America.
 *
 * The app carries only the countries these frames draw: drawn-countries-110m.json is world-atlas's
 * topology cut down to them, unchanged otherwise, made by `node scripts/map-atlas.mjs` from the
 * package and the shipped places (its tests prove the map drawn from it is the map drawn from all
 * of world-atlas).
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Place } from '@shared/places-schemas'
import drawn from './drawn-countries-110m.json'

/** A country's outline, with its Natural Earth name. */
export type Country = Feature<Geometry, { name: string }>

/** A TopoJSON topology of countries, as world-atlas's countries-110m.json holds them. */
export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

/** Every country of `topology`, as GeoJSON. */
export function countriesOf(topology: CountryTopology): Country[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
    .features as Country[]
}

/** The countries of Natural Earth's 1:110m admin-0 layer that the map draws, as GeoJSON. */
export const COUNTRIES = countriesOf(drawn as unknown as CountryTopology)

/** A country's outline by its Natural Earth name, e.g. "Ukraine". */
export function country(name: string, countries: readonly Country[] = COUNTRIES): Country | undefined {
  return countries.find((c) => c.properties.name === name)
}

export interface PlacedPlace {
  place: Place
  /** Where it is drawn, in the frame's own units (its viewBox). */
  x: number
  y: number
  /** Which side of its marker the name goes: away from a close neighbour. */
  side: 'left' | 'right'
}

export interface MapFrame {
  id: 'europe' | 'north-america'
  title: string
  width: number
  height: number
  /** Each country's outline as an SVG path; `ukraine` marks the one the article is about. */
  countries: { name: string; d: string; ukraine: boolean }[]
  places: PlacedPlace[]
}

interface FrameSpec {
  id: MapFrame['id']
  title: string
  width: number
  height: number
  /** Which places it holds. */
  holds: (place: Place) => boolean
  projection: () => GeoProjection
  /** Outlines it must show whole besides its places. */
  alsoFits: readonly string[]
}

const FRAMES: readonly FrameSpec[] = [
  {
    id: 'europe',
    title: 'Europe',
    width: 640,
    height: 440,
    holds: (p) => p.coordinates[0] > -30,
    projection: () => geoConicConformal().rotate([-18, 0]).parallels([40, 56]),
    alsoFits: ['Ukraine']
  },
  {
    id: 'north-america',
    title: 'North America',
    width: 320,
    height: 440,
    holds: (p) => p.coordinates[0] <= -30,
    projection: () => geoConicConformal().rotate([110, 0]).parallels([40, 60]),
    alsoFits: []
  }
]

/** Names closer than this (in frame units) to a neighbour on their right go on the left instead. */
const CROWDED = 90
/** Room kept for names either side of the outermost places, and above and below them. */
const PAD_X = 90
const PAD_Y = 40

/** A name's width in frame units, roughly (the frames are drawn at about their own size). */
const nameWidth = (name: string): number => name.length * 8 + 24

/** The frames of the map for `places`: each frame's outlines (from `countries`) and its places projected. */
export function mapFrames(places: readonly Place[], countries: readonly Country[] = COUNTRIES): MapFrame[] {
  return FRAMES.map((spec) => {
    const held = places.filter(spec.holds)
    // Clipped to the hemisphere around the frame's centre, so the far side of the Earth draws nothing.
    const projection = spec
      .projection()
      .clipAngle(90)
      .fitExtent(
        [
          [PAD_X, PAD_Y],
          [spec.width - PAD_X, spec.height - PAD_Y]
        ],
        {
          type: 'FeatureCollection',
          features: [
            ...spec.alsoFits.flatMap((name) => country(name, countries) ?? []),
            ...held.map((p): Feature => ({
              type: 'Feature',
              properties: {},
              geometry: { type: 'Point', coordinates: p.coordinates }
            }))
          ]
        }
      )
    projection.clipExtent([
      [0, 0],
      [spec.width, spec.height]
    ])
    const path = geoPath(projection)
    const points = held.map((place) => {
      const [x, y] = projection(place.coordinates) ?? [Number.NaN, Number.NaN]
      return { place, x, y }
    })
    return {
      id: spec.id,
      title: spec.title,
      width: spec.width,
      height: spec.height,
      countries: countries.flatMap((c) => {
        // Only outlines that reach into the frame (clipping leaves the rest as slivers along its edge).
        const [[x0, y0], [x1, y1]] = path.bounds(c)
        if (!(x1 > 0 && x0 < spec.width && y1 > 0 && y0 < spec.height && (x1 - x0) * (y1 - y0) > 0)) return []
        const d = path(c)
        return d === null || d === ''
          ? []
          : [{ name: c.properties.name, d, ukraine: c.properties.name === 'Ukraine' }]
      }),
      places: points.map((p) => {
        const crowded = points.some(
          (q) => q !== p && q.x > p.x && q.x - p.x < CROWDED && Math.abs(q.y - p.y) < 24
        )
        const width = nameWidth(p.place.name)
        const roomLeft = p.x - width >= 0
        return { ...p, side: (crowded || p.x + width > spec.width) && roomLeft ? 'left' : 'right' }
      })
    }
  })
}
