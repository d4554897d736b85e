/**
 * The shipped timeline: every event of FACTS.md §2 with the right date, weekday, zone and passages,
 * in order, and a February–August comparison whose every row points into the article.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { utcDay } from 'd3-time'
import { TimelineSchema, type Timeline, type TimelineEvent } from '@shared/timeline-schemas'
import { compareEvents } from '@shared/timeline-order'
import type { Article, Content } from '@shared/schemas'
import { CONTENT_DIR, shipped } from '../../test-util/store'
import { checkTimelineReferences } from './timeline-references'

const content: Content = await shipped()
const { events, comparison } = content.timeline
const byId = (id: string): TimelineEvent => {
  const event = events.find((e) => e.id === id)
  if (event === undefined) throw new Error(`no event ${id}`)
  return event
}
const paragraphIds = (article: Article): Set<string> =>
  new Set([...article.sections.flatMap((s) => s.paragraphs.map((p) => p.id)), article.credit.id])

/** The weekday of a calendar date, by JavaScript's own calendar rather than the code under test. */
const calendarWeekday = (date: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))

describe('the shipped timeline', () => {
  it('holds every event of FACTS.md §2, on its date, with the 18 August rows as separate events', () => {
    expect(events.map((e) => [e.date, e.id])).toEqual([
      ['2014-03-18', 'crimea-annexed'],
      ['2022-02-24', 'full-scale-invasion'],
      ['2025-02-28', 'oval-office-february'],
      ['2025-03-02', 'coalition-launched'],
      ['2025-05-11', 'zelenskyy-challenge'],
      ['2025-05-16', 'istanbul-talks'],
      ['2025-08-13', 'merz-video-call'],
      ['2025-08-15', 'alaska-summit'],
      ['2025-08-16', 'ceasefire-demand-dropped'],
      ['2025-08-18', 'oval-office-august'],
      ['2025-08-18', 'east-room-meeting'],
      ['2025-08-18', 'trump-putin-call'],
      ['2025-08-18', 'rutte-on-fox-news'],
      ['2025-08-19', 'day-after-statements'],
      ['2025-08-19', 'coalition-debrief']
    ])
  })

  it('gives every event the weekday the calendar gives its date', () => {
    for (const event of events) {
      expect(event.weekday, event.id).toBe(calendarWeekday(event.date))
      for (const other of event.otherLocalDates)
        expect(other.weekday, event.id).toBe(calendarWeekday(other.date))
    }
  })

  it('is in timeline order', () => {
    for (let i = 1; i < events.length; i += 1) {
      expect(
        compareEvents(events[i - 1]!, events[i]!),
        `${events[i - 1]!.id} before ${events[i]!.id}`
      ).toBeLessThanOrEqual(0)
    }
  })

  it('cites only paragraphs the parsed article has', () => {
    const ids = paragraphIds(content.article)
    for (const event of events)
      for (const id of event.paragraphIds) expect(ids, `${event.id} → ${id}`).toContain(id)
    for (const row of comparison.rows) {
      for (const id of [...row.february.paragraphIds, ...row.august.paragraphIds])
        expect(ids, row.id).toContain(id)
    }
  })

  it('cites the passages FACTS.md gives for each event', () => {
    expect(Object.fromEntries(events.map((e) => [e.id, e.paragraphIds]))).toEqual({
      'crimea-annexed': ['P25'],
      'full-scale-invasion': ['P2'],
      'oval-office-february': ['P1'],
      'coalition-launched': ['P12', 'P13', 'P17'],
      'zelenskyy-challenge': ['P28'],
      'istanbul-talks': ['P28'],
      'merz-video-call': ['P21'],
      'alaska-summit': ['P21', 'P24'],
      'ceasefire-demand-dropped': ['P21'],
      'oval-office-august': ['P1', 'P22'],
      'east-room-meeting': ['P2', 'P3', 'P22'],
      'trump-putin-call': ['P29', 'P30', 'P31'],
      'rutte-on-fox-news': ['P7', 'P13', 'P18', 'P27'],
      'day-after-statements': ['P4', 'P15'],
      'coalition-debrief': ['P17']
    })
  })

  it('puts the two Oval Office meetings 171 days apart', () => {
    const february = new Date(`${byId('oval-office-february').date}T00:00:00Z`)
    const august = new Date(`${byId('oval-office-august').date}T00:00:00Z`)

    expect(utcDay.count(february, august)).toBe(171)
  })

  it('dates the Trump–Putin call 18 August in Washington and 19 August in Moscow', () => {
    const call = byId('trump-putin-call')

    expect([call.date, call.timeZone]).toEqual(['2025-08-18', 'America/New_York'])
    expect(call.otherLocalDates).toEqual([
      { place: 'Moscow', timeZone: 'Europe/Moscow', date: '2025-08-19', weekday: 'Tuesday' }
    ])
  })

  it('keeps the times FACTS.md gives: about 1:15 pm ET and about 12:15 CEST', () => {
    expect([byId('oval-office-august').time, byId('oval-office-august').timeZone]).toEqual([
      { at: '13:15', approximate: true },
      'America/New_York'
    ])
    expect(byId('coalition-debrief').time).toEqual({ at: '12:15', approximate: true })
  })

  it('teaches none of the traps of FACTS.md §5', async () => {
    const text = await readFile(join(CONTENT_DIR, 'timeline.json'), 'utf8')

    expect(text, 'only ever "second Oval Office meeting"').not.toMatch(/(?<!not their )second meeting/i)
    expect(text).not.toMatch(/\bnavy\b/i)
    expect(byId('istanbul-talks').summary).toMatch(/neither president/)
    expect(byId('trump-putin-call').summary).toMatch(/none ever was/)
    expect(comparison.note).toContain('St Peter’s Basilica on 26 April 2025')
    expect(byId('full-scale-invasion').summary).toMatch(/began in 2014/)
  })
})

describe('the February–August comparison', () => {
  it('sets the two Oval Office meetings side by side on every required row', () => {
    expect([comparison.februaryEventId, comparison.augustEventId]).toEqual([
      'oval-office-february',
      'oval-office-august'
    ])
    expect(comparison.rows.map((r) => r.label)).toEqual([
      'Date',
      'Who was in the room',
      'Tone',
      'What was at stake',
      'What came of it'
    ])
  })

  it('quotes the article verbatim', () => {
    const text = new Map(
      [...content.article.sections.flatMap((s) => s.paragraphs), content.article.credit].map((p) => [
        p.id,
        p.text
      ])
    )
    for (const quote of [...comparison.articleLines.february, ...comparison.articleLines.august]) {
      expect(text.get(quote.paragraphId)).toContain(quote.text)
    }
  })
})

describe('checking a timeline against the article', () => {
  const withChange = (change: (timeline: Timeline) => void): Timeline => {
    const copy = structuredClone(content.timeline)
    change(copy)
    return copy
  }

  it('accepts the shipped timeline as it is', () => {
    expect(checkTimelineReferences(content.timeline, content.article)).toBe(content.timeline)
  })

  it('refuses an event citing a paragraph the article lacks, naming it', () => {
    const bad = withChange((t) => (t.events[0]!.paragraphIds = ['P99']))

    expect(() => checkTimelineReferences(bad, content.article)).toThrow(/crimea-annexed cites P99/)
  })

  it('refuses a comparison row citing a paragraph the article lacks', () => {
    const bad = withChange((t) => (t.comparison.rows[0]!.august.paragraphIds = ['P40']))

    expect(() => checkTimelineReferences(bad, content.article)).toThrow(/row date \(August\) cites P40/)
  })

  it('refuses an article line that is not in the paragraph it names', () => {
    const bad = withChange((t) => (t.comparison.articleLines.february[0]!.paragraphId = 'P2'))

    expect(() => checkTimelineReferences(bad, content.article)).toThrow(/is not in P2/)
  })
})

describe('the timeline schema', () => {
  const valid = (): Timeline => structuredClone(content.timeline)
  const refuses = (change: (timeline: Record<string, never>) => void): void => {
    const data = valid() as unknown as Record<string, never>
    change(data)
    expect(TimelineSchema.safeParse(data).success).toBe(false)
  }
  type Loose = { events: Record<string, unknown>[]; comparison: Record<string, unknown> }
  const loose = (t: unknown): Loose => t as Loose

  it('accepts the shipped timeline', () => {
    expect(TimelineSchema.safeParse(valid()).success).toBe(true)
  })

  it('refuses an unknown time zone, an impossible date or time, a made-up weekday and a duplicate id', () => {
    refuses((t) => (loose(t).events[0]!.timeZone = 'Europe/Atlantis'))
    refuses((t) => (loose(t).events[0]!.date = '2014-02-30'))
    refuses((t) => (loose(t).events[9]!.time = { at: '25:15', approximate: true }))
    refuses((t) => (loose(t).events[0]!.weekday = 'Funday'))
    refuses((t) => (loose(t).events[1]!.id = 'crimea-annexed'))
  })

  it('refuses an event with no passage, no participant, or an unexpected field', () => {
    refuses((t) => (loose(t).events[0]!.paragraphIds = []))
    refuses((t) => (loose(t).events[0]!.participants = []))
    refuses((t) => (loose(t).events[0]!.extra = 1))
  })

  it('refuses a comparison naming an event the timeline lacks', () => {
    refuses((t) => (loose(t).comparison.augustEventId = 'no-such-event'))
  })
})
