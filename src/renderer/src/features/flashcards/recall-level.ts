/** How well a section is known, in words and a level the reader's margin can colour. */

export type RecallLevel = 'unstudied' | 'weak' | 'fair' | 'strong'

/** Below this mean probability of recall a section is weak; at or above the second, strong. */
export const RECALL_THRESHOLDS = { fair: 0.7, strong: 0.9 } as const

/** The level of a section's mean recall (null when none of its cards is studied). */
export function recallLevel(mean: number | null): RecallLevel {
  if (mean === null) return 'unstudied'
  if (mean < RECALL_THRESHOLDS.fair) return 'weak'
  if (mean < RECALL_THRESHOLDS.strong) return 'fair'
  return 'strong'
}

/** "Not studied yet", or "Recall 84% (12 of 15 cards studied)". */
export function recallLabel(mean: number | null, studied: number, cards: number): string {
  if (mean === null) return `Not studied yet (${cards} ${cards === 1 ? 'card' : 'cards'})`
  return `Recall ${Math.round(mean * 100)}% (${studied} of ${cards} cards studied)`
}
