/**
 * The shipped places: the nine of the story, each where it is on Earth, each tied to the events
 * FACTS.md puts there and to passages that really speak of it; bad references are refused at load.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PlacesSchema, type Place } from '@shared/places-schemas'
import type { Content } from '@shared/schemas'
import { openStore } from '../store/open-store'
import { shipped, storeText, TestClock, useTempDirs } from '../../test-util/store'
import { checkPlaceReferences } from './place-references'

const content: Content = await shipped()
const tempDir = useTempDirs()
const places = content.places!
const place = (id: string): Place => {
  const found = places.places.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no place ${id}`)
  return found
}
const paragraph = (id: string): string =>
  [...content.article.sections.flatMap((s) => s.paragraphs), content.article.credit].find((p) => p.id === id)
    ?.text ?? ''

/** Great-circle distance in km, written out here rather than taken from the code under test. */
function kmBetween([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

describe('the shipped places', () => {
  it('are the nine places of the story, in FACTS.md §3', () => {
    expect(places.places.map((p) => p.name)).toEqual([
      'Washington',
      'Anchorage',
      'Istanbul',
      'Rome',
      'The Hague',
      'London',
      'Berlin',
      'Moscow',
      'Kyiv'
    ])
  })

  it('sit where the cities are: known distances between them hold to within 2%', () => {
    // Distances between city centres, as any atlas gives them.
    const known: [string, string, number][] = [
      ['london', 'berlin', 932],
      ['moscow', 'kyiv', 756],
      ['washington', 'london', 5900],
      ['rome', 'istanbul', 1373],
      ['the-hague', 'berlin', 620],
      ['anchorage', 'washington', 5430]
    ]
    for (const [from, to, km] of known) {
      const measured = kmBetween(place(from).coordinates, place(to).coordinates)
      expect(Math.abs(measured - km) / km, `${from}–${to}: ${Math.round(measured)} km`).toBeLessThan(0.02)
    }
  })

  it('hold the events whose place the timeline names, and only events that happened there', () => {
    for (const p of places.places) {
      for (const id of p.eventIds) {
        const event = content.timeline.events.find((e) => e.id === id)!
        const where = `${event.place ?? ''} ${event.otherLocalDates.map((d) => d.place).join(' ')}`
        const name =
          p.id === 'washington' ? /Washington|White House/ : p.id === 'anchorage' ? /Anchorage/ : p.name
        expect(where, `${p.name} holds ${id}`).toMatch(name)
      }
    }
    // Every event whose recorded place names one of the nine is on that place's list.
    for (const event of content.timeline.events) {
      for (const p of places.places) {
        if (event.place?.includes(p.name)) expect(p.eventIds, `${event.id} at ${p.name}`).toContain(event.id)
      }
    }
  })

  it('put the Trump–Putin call at both its ends, Washington and Moscow', () => {
    expect(place('washington').eventIds).toContain('trump-putin-call')
    expect(place('moscow').eventIds).toContain('trump-putin-call')
  })

  it('cite passages that speak of the place or what happened there', () => {
    const mentions: Record<string, RegExp> = {
      washington: /Washington|Oval Workplace|European leaders/,
      anchorage: /Russian chief final week|Donbas/,
      istanbul: /Turkey/,
      london: /London|coalition|30 countries|allies/,
      berlin: /Russian chief final week|German Institute/,
      moscow: /Moscow|Ushakov/,
      kyiv: /Kyiv/
    }
    for (const p of places.places) {
      for (const id of p.paragraphIds) expect(paragraph(id), `${p.name} ${id}`).toMatch(mentions[p.id]!)
    }
  })

  it('leave Rome and The Hague without passages: the article never mentions those meetings (FACTS.md §5.5)', () => {
    expect(place('rome').paragraphIds).toEqual([])
    expect(place('the-hague').paragraphIds).toEqual([])
    expect(place('rome').role).toContain('26 April 2025')
    expect(place('the-hague').role).toContain('25 June')
  })

  it('say what FACTS.md §4–5 says of the occupied territory: one fifth, six regions, disputed', () => {
    const { summary, regions } = places.occupiedTerritory
    expect(summary).toMatch(
      /Crimea and, by the article’s count, parts of six other regions \(a disputed count: arguably seven\): about one fifth of Ukraine/
    )
    expect(regions.map((r) => r.name)).toEqual([
      'Crimea',
      'The Donbas: Donetsk and Luhansk',
      'Parts of six other regions'
    ])
    expect(regions[2]!.detail).toMatch(/arguably seven/)
  })

  it('are refused at load when a place names a missing event or passage, duplicates an id or strays off the globe', () => {
    const broken = structuredClone(places)
    broken.places[0]!.eventIds.push('no-such-event')
    broken.places[1]!.paragraphIds.push('P99')
    expect(() => checkPlaceReferences(broken, content.timeline, content.article)).toThrow(
      /place washington names event no-such-event.*place anchorage cites P99/
    )
    const twice = structuredClone(places)
    twice.places.push(twice.places[0]!)
    expect(PlacesSchema.safeParse(twice).success).toBe(false)
    const offGlobe = structuredClone(places)
    offGlobe.places[0]!.coordinates = [-200, 38.9]
    expect(PlacesSchema.safeParse(offGlobe).success).toBe(false)
  })
})

describe('a store written before places were shipped', () => {
  it('opens without being set aside, keeps the user’s notes, and gains the places on refresh', async () => {
    const dataDir = await tempDir()
    const older = { ...content, version: '0123456789abcdef' }
    delete older.places
    const note = {
      id: 'n1',
      eventId: 'alaska-summit',
      note: 'Putin wants the Donbas.',
      tags: [],
      created: '2025-08-18T17:15:00.000Z',
      updated: '2025-08-18T17:15:00.000Z'
    }
    await writeFile(
      join(dataDir, 'debrief.json'),
      storeText(older, (data) => data.eventNotes.push(note))
    )

    const store = await openStore({ dataDir, content, now: new TestClock().now })

    expect((await readdir(dataDir)).filter((name) => name.includes('corrupt'))).toEqual([])
    expect(store.data.eventNotes).toEqual([note])
    expect(store.data.content.places).toEqual(content.places)
  })
})
