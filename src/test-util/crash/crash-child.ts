/**
 * The process the crash soak kills (see crash-soak.ts). It opens the services over a data folder
 * exactly as a host does, then writes in random bursts through the contract, forever, printing one
 * line per write only once that write is durable:
 *
 * - `note <text>`: `eventnotes:add` answered ok, which it does only after `store.update` resolved,
 *   i.e. after the file holding the note was renamed into place;
 * - `grade <cardId> <reps>`: `cards:grade` answered and then `store.flush()` resolved. A grade is
 *   answered before its write lands (the review session must not wait on the disk), so the grade
 *   alone is not an acknowledgement; the flush after it is.
 *
 * stdout is a pipe, and on Linux pipe writes are synchronous: once a line is printed it has left
 * this process, so a kill after it cannot take it back.
 *
 * Usage: node crash-child.js <data folder> <content folder> <seed>
 */
import { seededRandom } from '@shared/seeded-random'
import { dispatch } from '../../main/dispatch'
import { openServices } from '../../main/open-services'

const [dataDir, contentDir, seedText] = process.argv.slice(2)
if (!dataDir || !contentDir) throw new Error('usage: crash-child <data folder> <content folder> <seed>')

const seed = Number(seedText ?? 1)
const random = seededRandom(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const { store, handlers } = await openServices({ dataDir, contentDir })
const eventIds = store.data.content.timeline.events.map((e) => e.id)
const cardIds = store.data.content.cards.map((c) => c.id)
process.stdout.write(`ready ${JSON.stringify(store.data.notices.map((n) => n.kind))}\n`)

async function addNote(text: string): Promise<void> {
  const result = await dispatch(handlers, 'eventnotes:add', { eventId: pick(eventIds), note: text })
  if (result.ok) process.stdout.write(`note ${text}\n`)
}

async function grade(cardId: string): Promise<void> {
  const result = await dispatch(handlers, 'cards:grade', { cardId, rating: 1 + Math.floor(random() * 4) })
  if (!result.ok) return
  const reps = store.data.cards[cardId]!.reps
  await store.flush()
  process.stdout.write(`grade ${cardId} ${reps}\n`)
}

for (let burst = 0; ; burst += 1) {
  const size = 1 + Math.floor(random() * 24)
  await Promise.all(
    Array.from({ length: size }, (_, i) =>
      random() < 0.8 ? addNote(`${seed}-${burst}-${i}`) : grade(pick(cardIds))
    )
  )
  await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 8)))
}
