/** A drill in progress: five events to arrange, moves announced, the score once checked, then frozen. */
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '@shared/timeline-schemas'
import { DrillState } from './drill.svelte'
import { seededRandom } from '@shared/seeded-random'

const event = (id: string, date: string): TimelineEvent => ({
  id,
  date,
  weekday: 'Monday',
  time: null,
  timeZone: 'Europe/London',
  place: null,
  participants: ['x'],
  title: `Event ${id}`,
  summary: `${id}.`,
  paragraphIds: ['P1'],
  otherLocalDates: []
})

const events = ['2014-01-01', '2016-01-01', '2018-01-01', '2020-01-01', '2022-01-01', '2024-01-01'].map(
  (d, i) => event(`e${i}`, d)
)

describe('a drill in progress', () => {
  it('starts with five shuffled events and no score', () => {
    const drill = new DrillState(() => events, seededRandom(1))

    drill.start()

    expect(drill.items).toHaveLength(5)
    expect(drill.score).toBeNull()
  })

  it('moves an event and says where it went', () => {
    const drill = new DrillState(() => events, seededRandom(2))
    drill.start()
    const [first, second] = drill.items

    drill.move(0, 1)

    expect(drill.items.slice(0, 2)).toEqual([second, first])
    expect(drill.announcement).toBe(`${first!.title} moved to position 2 of 5.`)
  })

  it('scores the order, shows the right one, and takes no more moves until a new drill', () => {
    const drill = new DrillState(() => events, seededRandom(3))
    drill.start()
    const right = [...drill.items].sort((a, b) => a.date.localeCompare(b.date))
    for (const [target, item] of right.entries()) drill.move(drill.items.indexOf(item), target)

    drill.check()
    const checked = drill.items
    drill.move(0, 4)

    expect(drill.score).toMatchObject({ perfect: true, inPlace: 5, rightOrder: right.map((e) => e.id) })
    expect(drill.announcement).toBe('All five in the right order.')
    expect(drill.items).toBe(checked)
    drill.start()
    expect(drill.score).toBeNull()
  })
})
