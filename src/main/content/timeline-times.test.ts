/**
 * The times of day on the timeline are exactly those FACTS.md §2 gives, and no event has a time the
 * fact sheet does not support: the hour-by-hour axis places events by them.
 */
import { describe, expect, it } from 'vitest'
import { shipped } from '../../test-util/store'

const { events } = (await shipped()).timeline

/** FACTS.md §2's time column, by event: "~1:15 pm ET", "afternoon ET", "evening ET", "night", "~12:15 CEST". */
const FACTS_TIMES: Record<string, unknown> = {
  'oval-office-august': { at: '13:15', approximate: true },
  'east-room-meeting': { partOfDay: 'afternoon' },
  'trump-putin-call': { partOfDay: 'evening' },
  'rutte-on-fox-news': { partOfDay: 'night' },
  'coalition-debrief': { at: '12:15', approximate: true }
}

describe('times of day on the timeline', () => {
  it('are FACTS.md’s, on the events it gives them for', () => {
    for (const [id, time] of Object.entries(FACTS_TIMES)) {
      expect(events.find((e) => e.id === id)?.time, id).toEqual(time)
    }
  })

  it('are absent wherever FACTS.md gives none', () => {
    const untimed = events.filter((e) => !(e.id in FACTS_TIMES))
    expect(untimed).toHaveLength(events.length - Object.keys(FACTS_TIMES).length)
    for (const event of untimed) expect(event.time, event.id).toBeNull()
  })

  it('are read in the zones FACTS.md gives: Washington for 18 August, Paris (CEST) for the coalition', () => {
    for (const id of ['oval-office-august', 'east-room-meeting', 'trump-putin-call', 'rutte-on-fox-news'])
      expect(events.find((e) => e.id === id)?.timeZone, id).toBe('America/New_York')
    expect(events.find((e) => e.id === 'coalition-debrief')?.timeZone).toBe('Europe/Paris')
  })
})
