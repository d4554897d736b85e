/** "The two meetings": each Oval Office meeting on its own day's axis, the days between said, not drawn. */
import { describe, expect, it } from 'vitest'
import type { Timeline } from '@shared/timeline-schemas'
import shipped from '../../../../../resources/content/timeline.json'
import { meetingPanels } from './two-meetings'

// The shipped file, as the content loader's own tests check it against the schema.
const timeline = shipped as Timeline

describe('the two meetings', () => {
  it('are 28 February and 18 August, each a whole day, 171 days apart', () => {
    const { panels, daysApart } = meetingPanels(timeline.events, timeline.comparison)!
    expect(daysApart).toBe(171)
    expect(panels.map((p) => p.date)).toEqual(['2025-02-28', '2025-08-18'])
    expect(panels[1].window).toEqual({
      start: new Date('2025-08-18T00:00:00Z'),
      end: new Date('2025-08-19T00:00:00Z')
    })
  })

  it('hold every event of their day: the February meeting alone; in August the meeting and what followed', () => {
    const { panels } = meetingPanels(timeline.events, timeline.comparison)!
    expect(panels[0].events.map((e) => e.id)).toEqual(['oval-office-february'])
    expect(panels[1].events.map((e) => e.id)).toEqual([
      'oval-office-august',
      'east-room-meeting',
      'trump-putin-call',
      'rutte-on-fox-news'
    ])
  })

  it('are not drawn when the comparison names an event the timeline lacks', () => {
    const comparison = { ...timeline.comparison, augustEventId: 'gone' }
    expect(meetingPanels(timeline.events, comparison)).toBeNull()
  })
})
