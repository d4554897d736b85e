import { cpus } from 'node:os'
import { join } from 'node:path'
import { annotationsTable, benchAnnotations } from './annotations-bench'
import { rendererGzipBytes } from './bundle-size'
import { benchCards, cardsTable } from './cards-bench'
import { benchPaint, paintTable } from './paint-bench'
import { benchSearch, searchTable } from './search-bench'
import { benchStore, storeTable } from './store-bench'
import { benchTimeline, timelineTable } from './timeline-bench'

/** Run every benchmark and print the figures as Markdown, with the targets they are held to. */
export async function runBenchmarks(root: string, chromiumPath: string): Promise<boolean> {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`
  console.info(`# Debrief benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`)

  const store = [
    await benchStore(join(root, 'resources/content'), 1),
    await benchStore(join(root, 'resources/content'), 100)
  ]
  console.info(`## Store\n\n${storeTable(store)}\n`)

  const paint = await benchPaint(root, chromiumPath)
  console.info(`## Time to the article painted\n\n${paintTable(paint)}\n`)

  const annotations = await benchAnnotations(root, chromiumPath)
  console.info(`## Annotations\n\n${annotationsTable(annotations)}\n`)

  const timeline = [
    await benchTimeline(join(root, 'resources/content'), 1),
    await benchTimeline(join(root, 'resources/content'), 100)
  ]
  console.info(`## Timeline axis\n\n${timelineTable(timeline)}\n`)

  const cards = await benchCards(join(root, 'resources/content'))
  console.info(`## Flashcards\n\n${cardsTable(cards)}\n`)

  const search = await benchSearch(root)
  console.info(`## Search\n\n${searchTable(search)}\n`)

  const size = await rendererGzipBytes(join(root, 'out/renderer'))
  const totalKB = (size.js + size.css) / 1024
  console.info(
    `## Renderer size\n\nJS ${(size.js / 1024).toFixed(1)} KB + CSS ${(size.css / 1024).toFixed(1)} KB = ${totalKB.toFixed(1)} KB gzipped\n`
  )

  const heavy = store.find((row) => row.scale === 100)!
  const [bare, , heavyReader] = annotations.rows
  const targets = [
    { name: 'one write at 100× ≤ 2× bare', met: heavy.writeRatio <= 2 },
    { name: 'load at 100× ≤ 1 s', met: heavy.loadMs <= 1000 },
    { name: 'article paints within 2× the static page', met: paint.ratio <= 2 },
    { name: 'renderer JS + CSS < 250 KB gzipped', met: totalKB < 250 },
    {
      name: 'reader with 10,000 highlights opens within 2× of none',
      met: heavyReader!.openMs <= 2 * bare!.openMs
    },
    {
      name: 'scrolling with 10,000 highlights: median frame ≤ 2× the reader with none',
      met: heavyReader!.frameMs <= 2 * bare!.frameMs
    },
    { name: 're-anchoring 10,000 annotations < 2 s', met: annotations.reanchorMs < 2000 },
    { name: 'timeline zoom step at 100× events ≤ 16 ms (one frame)', met: timeline[1]!.frameMs <= 16 },
    {
      name: 'one search query at 100× (20,000 highlights, 5,000 cards) ≤ 16 ms',
      met: search.worstQueryMs <= 16
    },
    { name: 'search index built off the first paint (not in the first chunk)', met: search.offFirstChunk },
    { name: 'due queue with 5,000 cards and 300,000 reviews < 50 ms', met: cards.queueMs < 50 },
    { name: 'grading one card there < 50 ms (answered before the write)', met: cards.gradeMs < 50 },
    {
      name: 'a burst of 1,000 grades in ≤ 10 file writes, none lost',
      met: cards.burst.writes <= 10 && cards.burst.lost === 0
    }
  ]
  console.info('## Targets\n')
  for (const target of targets) console.info(`- ${target.met ? 'met' : 'MISSED'}: ${target.name}`)
  return targets.every((t) => t.met)
}
