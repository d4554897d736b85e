/**
 * The process the crash soak kills (see crash-soak.ts). It opens the services over a data folder
 * exactly as a host does, then writes in random bursts through the contract, forever, printing one
 * line per write only once that write is durable:
 *
 * - `note <text>`: `eventnotes:add` answered ok, which it does only after `store.update` resolved,
 *   i.e. after the file holding the note was renamed into place;
 * - `grade <cardId> <reps>`: `cards:grade` answered ok, which it does only once the grade is in
 *   the fsync'd review journal (no flush: the answer itself is the acknowledgement).
 *
 * It opens the folder as a host does, taking its lock: a child started while another one runs is
 * refused, prints `refused <message>` on stderr and exits with status 3, having written nothing.
 *
 * stdout is a pipe, and on Linux pipe writes are synchronous: once a line is printed it has left
 * this process, so a kill after it cannot take it back.
 *
 * Usage: node crash-child.js <data folder> <content folder> <seed>
 */
import { seededRandom } from '@shared/seeded-random'
import { dispatch } from '../../main/dispatch'
import { openServices, type Services } from '../../main/open-services'
import { DataFolderInUse } from '../../main/store/data-folder-lock'

const [dataDir, contentDir, seedText] = process.argv.slice(2)
if (!dataDir || !contentDir) throw new Error('usage: crash-child <data folder> <content folder> <seed>')

const seed = Number(seedText ?? 1)
const random = seededRandom(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

let services: Services
try {
  services = await openServices({ dataDir, contentDir, app: 'a crash-soak child' })
} catch (error) {
  if (!(error instanceof DataFolderInUse)) throw error
  process.stderr.write(`refused ${error.message}\n`)
  process.exit(3)
}
const { store, handlers } = services
const eventIds = store.data.content.timeline.events.map((e) => e.id)
const cardIds = store.data.content.cards.map((c) => c.id)
process.stdout.write(`ready ${JSON.stringify(store.data.notices.map((n) => n.kind))}\n`)

async function addNote(text: string): Promise<void> {
  const result = await dispatch(handlers, 'eventnotes:add', { eventId: pick(eventIds), note: text })
  if (result.ok) process.stdout.write(`note ${text}\n`)
}

/** Cards with a grade in flight: one card is never graded twice at once, so its reps after the answer are this grade's. */
const grading = new Set<string>()

async function grade(cardId: string): Promise<void> {
  if (grading.has(cardId)) return
  grading.add(cardId)
  const result = await dispatch(handlers, 'cards:grade', { cardId, rating: 1 + Math.floor(random() * 4) })
  grading.delete(cardId)
  if (!result.ok) return
  process.stdout.write(`grade ${cardId} ${store.data.cards[cardId]!.reps}\n`)
}

for (let burst = 0; ; burst += 1) {
  const size = 1 + Math.floor(random() * 24)
  await Promise.all(
    Array.from({ length: size }, (_, i) =>
      random() < 0.6 ? addNote(`${seed}-${burst}-${i}`) : grade(pick(cardIds))
    )
  )
  await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 8)))
}
