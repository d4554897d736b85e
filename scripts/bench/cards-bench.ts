import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { DeckCard } from '@shared/card-schemas'
import type { Content, StoreData } from '@shared/schemas'
import { loadContent } from '../../src/main/content/load-content'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/services'
import { openStore } from '../../src/main/store/open-store'
import { storePaths } from '../../src/main/store/paths'
import { median, ms } from './measure'
import { HEAVY_USER, syntheticStore } from './synthetic-store'

/** The figures of the flashcard benchmark. */
export interface CardsFigures {
  cards: number
  reviews: number
  queueMs: number
  gradeMs: number
  /** Time for the write a grade schedules to reach the disk (after the answer). */
  writeMs: number
  burst: { grades: number; writes: number; totalMs: number; lost: number }
}

/** The scale at which the issue sets its targets: 5,000 cards and 300,000 review-log entries. */
const SCALE = 100

/** The real content with a deck of `count` cards, named as synthetic-store names their states. */
function contentWithDeck(content: Content, count: number): Content {
  const paragraphs = content.article.sections.flatMap((s) => s.paragraphs.map((p) => [s.id, p.id] as const))
  const cards: DeckCard[] = Array.from({ length: count }, (_, i) => {
    const [section, paragraph] = paragraphs[i % paragraphs.length]!
    return {
      id: `card-${i}`,
      type: 'basic',
      kind: 'claims',
      section,
      tags: [],
      sources: [paragraph],
      front: `Question ${i} about ${paragraph}?`,
      back: `Answer ${i}`,
      distractors: ['One', 'Two', 'Three']
    }
  })
  return { ...content, cards }
}

/** Counts lowdb's file writes while it runs, whichever store makes them. */
async function countingWrites<T>(run: () => Promise<T>): Promise<{ result: T; writes: number }> {
  const write = Low.prototype.write
  let writes = 0
  Low.prototype.write = function (this: Low<unknown>) {
    writes += 1
    return write.call(this)
  }
  try {
    return { result: await run(), writes }
  } finally {
    Low.prototype.write = write
  }
}

/**
 * With 5,000 cards and 300,000 review-log entries in the store: the time to build the due queue
 * (cards:next), to grade one card (cards:grade, answered before its write), for that write to land,
 * and a burst of 1,000 grades: how many file writes it costs and whether every grade reached the disk.
 */
export async function benchCards(contentDir: string): Promise<CardsFigures> {
  const content = contentWithDeck(await loadContent(contentDir), HEAVY_USER.cards * SCALE)
  const data: StoreData = syntheticStore(content, SCALE)
  const lastReview = data.reviewLog.at(-1)![2]
  let time = lastReview + 86_400_000
  const now = (): Date => new Date(time)
  const dir = await mkdtemp(join(tmpdir(), 'debrief-cards-bench-'))
  try {
    await writeFile(storePaths(dir).file, JSON.stringify(data))
    const store = await openStore({ dataDir: dir, content, now })
    const handlers = createHandlers(store, now)
    const call = async (name: 'cards:next' | 'cards:grade', input: unknown) => {
      const result = await dispatch(handlers, name, input)
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value as { next: { card: { id: string } } | null }
    }

    const queueTimes: number[] = []
    for (let i = 0; i < 15; i += 1) {
      const start = performance.now()
      await call('cards:next', {})
      queueTimes.push(performance.now() - start)
    }

    const gradeTimes: number[] = []
    const writeTimes: number[] = []
    let next = (await call('cards:next', {})).next!.card.id
    for (let i = 0; i < 9; i += 1) {
      time += 1_000
      const start = performance.now()
      next = (await call('cards:grade', { cardId: next, rating: 3 })).next!.card.id
      gradeTimes.push(performance.now() - start)
      await store.flush()
      writeTimes.push(performance.now() - start)
    }

    const logBefore = store.data.reviewLog.length
    const grades = 1_000
    const burst = await countingWrites(async () => {
      const start = performance.now()
      for (let i = 0; i < grades; i += 1) {
        time += 1_000
        next = (await call('cards:grade', { cardId: next, rating: 1 + (i % 4) })).next!.card.id
      }
      await store.flush()
      return performance.now() - start
    })
    const reopened = await openStore({ dataDir: dir, content, now })
    const saved = reopened.data.reviewLog.length - logBefore
    return {
      cards: content.cards.length,
      reviews: data.reviewLog.length,
      queueMs: median(queueTimes),
      gradeMs: median(gradeTimes),
      writeMs: median(writeTimes),
      burst: { grades, writes: burst.writes, totalMs: burst.result, lost: grades - saved }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The figures as Markdown. */
export function cardsTable(f: CardsFigures): string {
  return [
    `${f.cards.toLocaleString('en-GB')} cards, ${f.reviews.toLocaleString('en-GB')} review-log entries (medians).`,
    '',
    '| build the due queue | grade one card (answer) | its write reaches the disk | burst of 1,000 grades |',
    '|---|---|---|---|',
    `| ${ms(f.queueMs)} | ${ms(f.gradeMs)} | ${ms(f.writeMs)} | ${f.burst.writes} file writes, ${ms(f.burst.totalMs)}, ${f.burst.lost} lost |`
  ].join('\n')
}
