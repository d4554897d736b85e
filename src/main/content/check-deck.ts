import type { DeckCard } from '@shared/card-schemas'
import { cardAnswer } from '@shared/card-text'
import type { Article } from '@shared/schemas'

/**
 * The deck, once every id is unique, every section and source paragraph exists in `article`, each
 * card's first source (the one "Show in article" opens) lies in the section it is filed under, and
 * no wrong answer offered for multiple choice is the answer itself. Throws, naming each problem,
 * otherwise: a card pointing at the wrong passage would send the student to the wrong place.
 */
export function checkDeck(deck: DeckCard[], article: Article): DeckCard[] {
  const sectionOf = new Map(article.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, s.id])))
  const sections = new Set(article.sections.map((s) => s.id))
  const seen = new Set<string>()
  const problems: string[] = []
  for (const card of deck) {
    if (seen.has(card.id)) problems.push(`card id "${card.id}" is used twice`)
    seen.add(card.id)
    if (!sections.has(card.section)) {
      problems.push(`card ${card.id} names section "${card.section}", which the article lacks`)
    }
    for (const id of card.sources) {
      if (!sectionOf.has(id)) problems.push(`card ${card.id} cites ${id}, which the article lacks`)
    }
    const first = sectionOf.get(card.sources[0]!)
    if (first !== undefined && first !== card.section) {
      problems.push(`card ${card.id} is filed under ${card.section} but its first source is in ${first}`)
    }
    const answer = cardAnswer(card).toLowerCase()
    const same = card.distractors?.find((wrong) => wrong.toLowerCase() === answer)
    if (same) problems.push(`card ${card.id} offers its own answer "${same}" as a wrong one`)
  }
  if (problems.length > 0) throw new Error(`cards.json: ${problems.join('; ')}`)
  return deck
}
