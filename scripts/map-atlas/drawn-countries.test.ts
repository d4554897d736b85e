/**
 * The map carries only the countries it draws, picked from world-atlas, and nothing on the map
 * changes for it: the committed topology is what the generator makes from the package today, the
 * frames drawn from it are the frames drawn from all of world-atlas, and a content change that
 * would draw another country fails here until the file is made again.
 */
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import type { Place, Places } from '@shared/places-schemas'
import shipped from '../../resources/content/places.json'
import committed from '../../src/renderer/src/features/map/drawn-countries-110m.json'
import {
  COUNTRIES,
  countriesOf,
  mapFrames,
  type CountryTopology
} from '../../src/renderer/src/features/map/map-geometry'
import { drawnCountries, drawnCountryNames, topologyOf, WORLD } from './drawn-countries'

const { places } = shipped as Places
const REGENERATE = 'the map’s countries are stale: run `node scripts/map-atlas.mjs`'

describe('the map’s countries (drawn-countries-110m.json)', () => {
  it('are what scripts/map-atlas.mjs makes from world-atlas and the shipped places', () => {
    expect(committed, REGENERATE).toEqual(drawnCountries(places))
  })

  it('draw the same frames as all of world-atlas: every outline, path for path, and every place', () => {
    const all = mapFrames(places, countriesOf(WORLD))
    expect(mapFrames(places)).toEqual(all)
    expect(all.flatMap((frame) => frame.countries).length).toBeGreaterThan(60)
  })

  it('keep each country exactly as world-atlas draws it, and only the countries drawn', () => {
    const world = new Map(countriesOf(WORLD).map((c) => [c.properties.name, c.geometry]))
    for (const c of COUNTRIES) expect(c.geometry, c.properties.name).toEqual(world.get(c.properties.name))
    expect(new Set(COUNTRIES.map((c) => c.properties.name))).toEqual(drawnCountryNames(places))
    expect(COUNTRIES.length).toBeLessThan(world.size / 2)
  })

  it('lack a country a new place would draw, so such a content change fails the first test until regenerated', () => {
    // The US–Russia talks of 18 February 2025, were the content to gain them: the Europe frame
    // would reach south to Arabia.
    const riyadh: Place = {
      id: 'riyadh',
      name: 'Riyadh',
      country: 'Saudi Arabia',
      coordinates: [46.6753, 24.7136],
      role: 'Diriyah Palace: US and Russian delegations met on 18 February 2025.',
      eventIds: [],
      paragraphIds: []
    }
    expect(drawnCountryNames([...places, riyadh]).has('Saudi Arabia')).toBe(true)
    expect(COUNTRIES.map((c) => c.properties.name)).not.toContain('Saudi Arabia')
    expect(drawnCountries([...places, riyadh])).not.toEqual(committed)
  })
})

describe('topologyOf', () => {
  // Two squares side by side sharing arc 1 (A uses it forwards, B backwards), and a third far away.
  const topology: CountryTopology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'A' } },
          { type: 'MultiPolygon', arcs: [[[~1, 2]], [[3]]], properties: { name: 'B' } },
          { type: 'Polygon', arcs: [[4]], properties: { name: 'C' } }
        ]
      }
    },
    arcs: [
      [
        [1, 0],
        [-1, 0],
        [0, 1]
      ],
      [
        [0, 1],
        [1, 0],
        [0, -1]
      ],
      [
        [1, 1],
        [1, 0],
        [0, -1],
        [-1, 0]
      ],
      [
        [5, 5],
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1]
      ],
      [
        [9, 9],
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1]
      ]
    ]
  }
  const shapes = (t: Topology) =>
    countriesOf(t as CountryTopology).map((c) => [c.properties.name, c.geometry] as const)

  it('keeps the countries named with only the arcs they use, directions kept, outlines unchanged', () => {
    const cut = topologyOf(topology, new Set(['B']))
    expect(cut.arcs).toEqual([topology.arcs[1], topology.arcs[2], topology.arcs[3]])
    expect(cut.objects.countries.geometries).toEqual([
      { type: 'MultiPolygon', arcs: [[[~0, 1]], [[2]]], properties: { name: 'B' } }
    ])
    expect(shapes(cut)).toEqual(shapes(topology).filter(([name]) => name === 'B'))
  })

  it('shares an arc between neighbours once', () => {
    const cut = topologyOf(topology, new Set(['A', 'B']))
    expect(cut.arcs).toHaveLength(4)
    expect(shapes(cut)).toEqual(shapes(topology).filter(([name]) => name !== 'C'))
    expect(feature(cut, cut.objects.countries).features).toHaveLength(2)
  })
})
