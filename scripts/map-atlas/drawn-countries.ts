/**
 * The map's countries, picked at build time from world-atlas: Natural Earth's 1:110m countries cut
 * down to those the map's frames draw for the shipped places. The outlines are world-atlas's own
 * arcs, unchanged; only the countries no frame reaches are left out.
 */
import type { GeometryCollection, MultiPolygon, Polygon } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import type { Place } from '@shared/places-schemas'
import {
  countriesOf,
  mapFrames,
  type CountryTopology
} from '../../src/renderer/src/features/map/map-geometry'

/** Every country of world-atlas's countries-110m.json. */
export const WORLD = atlas as unknown as CountryTopology

/** The names of the countries the map draws for `places`, in either frame, picked from all of `world`. */
export function drawnCountryNames(places: readonly Place[], world: CountryTopology = WORLD): Set<string> {
  const frames = mapFrames(places, countriesOf(world))
  return new Set(frames.flatMap((frame) => frame.countries.map((c) => c.name)))
}

/** Arc indexes nested as a Polygon (rings) or MultiPolygon (polygons of rings) holds them. */
type ArcIndexes = number | ArcIndexes[]

/**
 * `topology` with only the countries in `names`: their geometries with their names (world-atlas's
 * numeric ids dropped: the map does not read them), and only the arcs they use, renumbered in the
 * order first met. An arc used backwards (`~i`) stays backwards; the quantisation is unchanged.
 */
export function topologyOf(topology: CountryTopology, names: ReadonlySet<string>): CountryTopology {
  const arcs: CountryTopology['arcs'] = []
  const renumbered = new Map<number, number>()
  const renumber = (index: number): number => {
    const arc = index < 0 ? ~index : index
    let kept = renumbered.get(arc)
    if (kept === undefined) {
      kept = arcs.length
      renumbered.set(arc, kept)
      arcs.push(topology.arcs[arc]!)
    }
    return index < 0 ? ~kept : kept
  }
  const walk = (indexes: ArcIndexes): ArcIndexes =>
    typeof indexes === 'number' ? renumber(indexes) : indexes.map(walk)

  const geometries = topology.objects.countries.geometries.flatMap(
    (geometry): (Polygon<{ name: string }> | MultiPolygon<{ name: string }>)[] => {
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        throw new Error(`A ${geometry.type} among the countries: world-atlas's countries are polygons`)
      }
      const name = geometry.properties?.name
      if (name === undefined || !names.has(name)) return []
      return [{ type: geometry.type, arcs: walk(geometry.arcs), properties: { name } } as typeof geometry]
    }
  )
  const countries: GeometryCollection<{ name: string }> = { type: 'GeometryCollection', geometries }
  return {
    type: 'Topology',
    ...(topology.transform === undefined ? {} : { transform: topology.transform }),
    objects: { countries },
    arcs
  }
}

/** The map's topology for `places`: world-atlas cut down to the countries the map draws. */
export function drawnCountries(places: readonly Place[]): CountryTopology {
  return topologyOf(WORLD, drawnCountryNames(places))
}
