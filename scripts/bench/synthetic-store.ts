import { type Annotation } from '@shared/annotation-schemas'
import type { CardState, Content, ReviewLogEntry, StoreData } from '@shared/schemas'
import { freshStoreData } from '../../src/main/store/open-store'

/** A heavy user's data at scale 1: 200 highlights with notes, 50 cards, 3,000 reviews. */
export const HEAVY_USER = { highlights: 200, cards: 50, reviews: 3_000 } as const

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
const day = 86_400_000

/** A deterministic store holding `scale` times a heavy user's data, anchored in the real article. */
export function syntheticStore(content: Content, scale: number): StoreData {
  const data = freshStoreData(content)
  const paragraphs = content.article.sections.flatMap((s) => s.paragraphs)
  const start = Date.UTC(2025, 7, 20)
  const iso = (offset: number): string => new Date(start + offset).toISOString()

  let offset = 0
  for (let i = 0; i < HEAVY_USER.highlights * scale; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length]!
    const from = (i * 7) % Math.max(1, paragraph.text.length - 40)
    const exact = paragraph.text.slice(from, from + 40)
    const annotation: Annotation = {
      id: `a${i}`,
      created: iso(i * 60_000),
      updated: iso(i * 60_000),
      color: COLORS[i % COLORS.length]!,
      note: `Note ${i}: why this passage matters, with *emphasis* and a [link](https://example.org/${i}).`,
      tags: ['diplomacy', `tag-${i % 20}`],
      target: {
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: paragraph.text.slice(Math.max(0, from - 32), from),
            suffix: ''
          },
          { type: 'TextPositionSelector', start: offset + from, end: offset + from + exact.length }
        ]
      },
      orphaned: false
    }
    data.annotations.push(annotation)
    offset = (offset + 97) % 5_000
  }

  for (let i = 0; i < HEAVY_USER.cards * scale; i += 1) {
    const card: CardState = {
      due: iso((i % 60) * day),
      stability: 3 + (i % 40),
      difficulty: 1 + (i % 9),
      elapsed_days: i % 30,
      scheduled_days: i % 45,
      learning_steps: 0,
      reps: 1 + (i % 12),
      lapses: i % 3,
      state: 2,
      last_review: iso(-(i % 30) * day),
      suspended: false
    }
    data.cards[`card-${i}`] = card
  }

  const cardCount = HEAVY_USER.cards * scale
  for (let i = 0; i < HEAVY_USER.reviews * scale; i += 1) {
    const entry: ReviewLogEntry = [
      `card-${i % cardCount}`,
      1 + (i % 4),
      start + i * 60_000,
      i % 4,
      i % 20,
      i % 30,
      2.5 + (i % 50) / 10,
      5 + (i % 5) / 10
    ]
    data.reviewLog.push(entry)
  }
  return data
}
