/**
 * A review log holding a review dated in the future (a clock once set ahead) does not block grading:
 * the store clamps it to now at open, keeping the log in time order, and says so once.
 */
import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import { openStore } from '../store/open-store'
import { storePaths } from '../store/paths'
import { TestClock, shipped, storeText, useTempDirs } from '../../test-util/store'
import { createHandlers } from '.'

const tempDir = useTempDirs()

describe('a review log holding a review dated in the future', () => {
  it('lets the user go on grading, keeps the log in time order, and says so once', async () => {
    const content = await shipped()
    const clock = new TestClock('2025-09-01T10:00:00.000Z')
    const dataDir = await tempDir()
    const card = content.cards[0]!.id
    const ahead = Date.parse('2027-01-01T00:00:00.000Z')
    await writeFile(
      storePaths(dataDir).file,
      storeText(content, (data) => {
        data.reviewLog.push([card, 3, clock.now().getTime() - 86_400_000, 0, 0, 1, 2, 5])
        data.reviewLog.push([card, 3, ahead, 1, 0, 3, 4, 5])
        data.cards[card] = {
          due: '2027-01-04T00:00:00.000Z',
          stability: 4,
          difficulty: 5,
          elapsed_days: 0,
          scheduled_days: 3,
          learning_steps: 0,
          reps: 2,
          lapses: 0,
          state: 2,
          last_review: new Date(ahead).toISOString(),
          suspended: false
        }
      })
    )

    const store = await openStore({ dataDir, content, now: clock.now })
    const notices = store.data.notices.filter((n) => n.kind === 'reviews-clamped')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(/^2 of your reviews were dated later than this computer’s clock/)
    clock.advanceSeconds(60)
    const graded = await dispatch(createHandlers(store, clock.now), 'cards:grade', {
      cardId: card,
      rating: 3
    })
    expect(graded.ok, JSON.stringify(graded)).toBe(true)
    const times = store.data.reviewLog.map((entry) => entry[2])
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(Math.max(...times)).toBe(clock.now().getTime())
    await store.flush()

    const reopened = await openStore({ dataDir, content, now: clock.now })
    expect(reopened.data.notices.filter((n) => n.kind === 'reviews-clamped')).toHaveLength(1)
  })
})
