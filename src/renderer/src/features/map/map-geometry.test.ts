/**
 * The map's sanity: Natural Earth's outlines load, every place of the shipped data lies inside the
 * country it names, and each projects inside its frame, east of what is west of it and north of what
 * is south of it.
 */
import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import type { Places } from '@shared/places-schemas'
import shipped from '../../../../../resources/content/places.json'
import { country, COUNTRIES, mapFrames } from './map-geometry'

// The shipped file, as the content loader's own tests check it against the schema.
const { places } = shipped as Places
const frames = mapFrames(places)
const at = (id: string) => {
  for (const frame of frames) {
    const found = frame.places.find((p) => p.place.id === id)
    if (found !== undefined) return { frame: frame.id, ...found }
  }
  throw new Error(`${id} is on no frame`)
}

/** Natural Earth's names for the countries the places give. */
const NATURAL_EARTH: Record<string, string> = {
  'United States': 'United States of America',
  'United Kingdom': 'United Kingdom',
  Türkiye: 'Turkey',
  Italy: 'Italy',
  Netherlands: 'Netherlands',
  Germany: 'Germany',
  Russia: 'Russia',
  Ukraine: 'Ukraine'
}

describe('the map', () => {
  it('draws Natural Earth’s countries, Ukraine, Russia and the United States among them', () => {
    expect(COUNTRIES.length).toBeGreaterThan(60)
    for (const name of ['Ukraine', 'Russia', 'United States of America'])
      expect(country(name), name).toBeDefined()
  })

  it('puts every inland place inside the country the data names (coastal ones may fall in the sea at 1:110m)', () => {
    const inland = ['washington', 'berlin', 'moscow', 'kyiv', 'rome']
    for (const place of places.filter((p) => inland.includes(p.id))) {
      const outline = country(NATURAL_EARTH[place.country]!)
      expect(outline, place.country).toBeDefined()
      expect(geoContains(outline!, place.coordinates), `${place.name} in ${place.country}`).toBe(true)
    }
  })

  it('has two frames, Europe and North America, holding all nine places between them', () => {
    expect(frames.map((f) => f.id)).toEqual(['europe', 'north-america'])
    expect(frames.flatMap((f) => f.places.map((p) => p.place.id)).sort()).toEqual(
      places.map((p) => p.id).sort()
    )
    expect(at('washington').frame).toBe('north-america')
    expect(at('anchorage').frame).toBe('north-america')
  })

  it('projects each place inside its frame, and keeps west west and north north', () => {
    for (const frame of frames) {
      for (const { place, x, y } of frame.places) {
        expect(x, place.name).toBeGreaterThan(0)
        expect(x, place.name).toBeLessThan(frame.width)
        expect(y, place.name).toBeGreaterThan(0)
        expect(y, place.name).toBeLessThan(frame.height)
      }
    }
    expect(at('london').x).toBeLessThan(at('berlin').x)
    expect(at('berlin').x).toBeLessThan(at('kyiv').x)
    expect(at('kyiv').x).toBeLessThan(at('moscow').x)
    expect(at('moscow').y).toBeLessThan(at('kyiv').y)
    expect(at('kyiv').y).toBeLessThan(at('istanbul').y)
    expect(at('anchorage').x).toBeLessThan(at('washington').x)
    expect(at('anchorage').y).toBeLessThan(at('washington').y)
  })

  it('shows Ukraine whole in the Europe frame, marked as the country the article is about', () => {
    const europe = frames[0]!
    expect(europe.countries.filter((c) => c.ukraine).map((c) => c.name)).toEqual(['Ukraine'])
    expect(frames[1]!.countries.map((c) => c.name)).not.toContain('Ukraine')
    expect(frames[1]!.countries.map((c) => c.name)).toContain('Canada')
  })

  it('draws Crimea inside Russia’s outline, as Natural Earth does: the page must say so (see MapPanel)', () => {
    expect(geoContains(country('Russia')!, [34.1, 45.3])).toBe(true)
    expect(geoContains(country('Ukraine')!, [34.1, 45.3])).toBe(false)
  })

  it('keeps every name inside its frame, by the rough width the layout allows it', () => {
    for (const frame of frames) {
      for (const { place, x, side } of frame.places) {
        const width = place.name.length * 8 + 24
        if (side === 'right') expect(x + width, place.name).toBeLessThanOrEqual(frame.width)
        else expect(x - width, place.name).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('writes a name away from a close neighbour on its right: London’s goes left of The Hague', () => {
    expect(at('london').side).toBe('left')
    expect(at('moscow').side).toBe('right')
  })
})
