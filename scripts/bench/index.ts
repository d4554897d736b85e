import { cpus } from 'node:os'
import { join } from 'node:path'
import { annotationsTable, benchAnnotations, type AnnotationFigures } from './annotations-bench'
import { bundleTable, bundleTargets, rendererBundle } from './bundle-size'
import { benchCards, cardsTable } from './cards-bench'
import { benchDesktop, desktopTable, type DesktopFigures } from './desktop-bench'
import { ms } from './measure'
import { benchPaint, paintTable, type PaintFigures } from './paint-bench'
import { workBeyond, workCells } from './renderer-work'
import { BenchReport, type Target } from './report'
import { benchRestore, restoreTable } from './restore-bench'
import { benchSearch, searchTable, searchTargets } from './search-bench'
import { benchStore, storeTable, type StoreFigures } from './store-bench'
import { benchTimeline, timelineTable } from './timeline-bench'

const KB = 1024
const ratio = (value: number): string => `${value.toFixed(2)}×`

/** Sections `npm run bench -- --only=<name>` runs alone, each printed with its targets. */
const SECTIONS: Record<string, (root: string, report: BenchReport, chromiumPath: string) => Promise<void>> = {
  store: async (root, report) => {
    const store = [
      await benchStore(join(root, 'resources/content'), 1),
      await benchStore(join(root, 'resources/content'), 100)
    ]
    report.section('Store', storeTable(store))
    for (const target of storeTargets(store.find((row) => row.scale === 100)!)) report.target(target)
  },
  paint: async (root, report, chromiumPath) => {
    const paint = await benchPaint(root, chromiumPath)
    report.section(
      'Time to the article painted: the browser host',
      paintTable(paint),
      `Chromium ${paint.chromium}, a fresh browser context each time. The static page is served with the host's own security headers: the opener policy alone makes a fresh tab start a new renderer process, whatever the page.`
    )

    const desktop = await benchDesktop(root, chromiumPath)
    report.section(
      'Time to the article painted: the desktop app',
      desktopTable(desktop),
      "As Electron shows it: every request to a stand-in origin is answered by the app: protocol's own handler (src/main/app-protocol.ts), and `window.api` is answered in this process by `dispatch`, through a binding, as IPC answers it."
    )
    report.section(
      'What the renderer does before the article’s frame',
      rendererWorkTable(paint, desktop),
      'Traced in the same run (devtools.timeline, median of 7 loads each, not the timed ones): the main thread of the page’s renderer, from navigation to the frame that shows the whole article.'
    )
    report.target({
      name: 'browser host: article painted ≤ 1.3× the static page',
      met: paint.ratio <= 1.3,
      figure: `${ratio(paint.ratio)} (${ms(paint.appMs)} against ${ms(paint.staticMs)})`,
      shortfall: `The host sends the desktop app's page (${(paint.pageBytes / KB).toFixed(0)} KB against ${(paint.staticBytes / KB).toFixed(0)} KB); traced, ${workBeyond(paint.work.app, paint.work.floor)}`
    })
    report.target({
      name: 'desktop app: article painted ≤ 1.5× the static page',
      met: desktop.ratio <= 1.5,
      figure: `${ratio(desktop.ratio)} (${ms(desktop.appMs)} against ${ms(desktop.staticMs)})`,
      shortfall: `Taken apart in the same run (${(desktop.pageBytes / KB).toFixed(0)} KB with the first answers, against the static page's ${(desktop.staticBytes / KB).toFixed(0)} KB): the markup alone costs ${ms(desktop.markupOnlyMs - desktop.staticMs)} over the static page, its stylesheet ${ms(desktop.scriptlessMs - desktop.markupOnlyMs)} more, and the scripts ${ms(desktop.appMs - desktop.scriptlessMs)} more; traced, ${workBeyond(desktop.work.app, desktop.work.floor)}`
    })
  },
  annotations: async (root, report, chromiumPath) => {
    const annotations = await benchAnnotations(root, chromiumPath)
    report.section('Annotations', annotationsTable(annotations))
    for (const target of annotationTargets(annotations)) report.target(target)
  },
  search: async (root, report) => {
    const search = await benchSearch(root)
    report.section('Search', searchTable(search))
    for (const target of searchTargets(search)) report.target(target)
  },
  size: async (root, report) => {
    const bundle = await rendererBundle(join(root, 'out/renderer'))
    report.section('Renderer size', bundleTable(bundle))
    for (const target of bundleTargets(bundle)) report.target(target)
  }
}

/** The store's targets, from its figures at 100×. */
function storeTargets(heavy: StoreFigures): Target[] {
  return [
    { name: 'one write at 100× ≤ 2× bare', met: heavy.writeRatio <= 2, figure: ratio(heavy.writeRatio) },
    {
      name: 'load at 100× ≤ 1.3× a bare read + JSON.parse of the same file',
      met: heavy.loadRatio <= 1.3,
      figure: `${ratio(heavy.loadRatio)} (${ms(heavy.loadMs)} against ${ms(heavy.bareLoadMs)})`,
      shortfall: `Checking the parsed data against its schemas takes ${ms(heavy.validateMs)} of the load, ${ratio(heavy.validateMs / heavy.bareLoadMs)} the bare read and parse`
    },
    {
      name: 'a grade answered (journaled, fsync’d) at 100× ≤ 16 ms (one frame)',
      met: heavy.gradeMs <= 16,
      figure: ms(heavy.gradeMs)
    }
  ]
}

/** The reader's targets, from its rows with none, 1,000 and 10,000 highlights, and the re-anchoring. */
function annotationTargets(annotations: AnnotationFigures): Target[] {
  const [bare, , heavyReader] = annotations.rows
  return [
    {
      name: 'returning reader with 10,000 highlights opens ≤ 1.3× the reader with none',
      met: heavyReader!.openMs <= 1.3 * bare!.openMs,
      figure: `${ratio(heavyReader!.openMs / bare!.openMs)} (${ms(heavyReader!.openMs)} against ${ms(bare!.openMs)})`,
      shortfall: `Its page is ${(heavyReader!.pageBytes / KB).toFixed(0)} KB against ${(bare!.pageBytes / KB).toFixed(0)} KB with none (the highlights' spans travel with the first answers), and each highlight becomes a range the browser paints`
    },
    {
      name: 'scrolling with 10,000 highlights: median frame ≤ 2× the reader with none',
      met: heavyReader!.frameMs <= 2 * bare!.frameMs,
      figure: `${ms(heavyReader!.frameMs)} against ${ms(bare!.frameMs)}`,
      shortfall: `Frames over 50 ms while scrolling: ${heavyReader!.longFrames} with 10,000 highlights, ${bare!.longFrames} with none (worst ${ms(heavyReader!.worstFrameMs)} and ${ms(bare!.worstFrameMs)})`
    },
    {
      name: 're-anchoring 10,000 annotations < 2 s',
      met: annotations.reanchorMs < 2000,
      figure: ms(annotations.reanchorMs)
    }
  ]
}

/**
 * Run one section of the bench (`name`, a key of SECTIONS), print its figures and targets, and
 * leave docs/benchmarks.md alone: only the full run writes it. Answers true when its targets are met.
 */
export async function runSection(root: string, name: string, chromiumPath: string): Promise<boolean> {
  const section = SECTIONS[name]
  if (!section) throw new Error(`No bench section “${name}”: try ${Object.keys(SECTIONS).join(', ')}.`)
  const report = new BenchReport()
  await section(root, report, chromiumPath)
  return report.finish()
}

/**
 * Run every benchmark, print the figures as Markdown with the targets they are held to, and write
 * the same text to docs/benchmarks.md. Answers true when every target is met.
 */
export async function runBenchmarks(root: string, chromiumPath: string): Promise<boolean> {
  const report = new BenchReport()
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`
  report.print(
    `# Benchmarks\n\nGenerated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine}.\n`
  )

  await SECTIONS.store!(root, report, chromiumPath)

  const restore = await benchRestore(join(root, 'resources/content'))
  report.section('Restore of a 300,000-review backup', restoreTable(restore))

  await SECTIONS.paint!(root, report, chromiumPath)

  await SECTIONS.annotations!(root, report, chromiumPath)

  const timeline = [
    await benchTimeline(join(root, 'resources/content'), 1),
    await benchTimeline(join(root, 'resources/content'), 100)
  ]
  report.section('Timeline axis', timelineTable(timeline))

  const cards = await benchCards(join(root, 'resources/content'))
  report.section('Flashcards', cardsTable(cards))

  await SECTIONS.search!(root, report, chromiumPath)

  await SECTIONS.size!(root, report, chromiumPath)

  report.target({
    name: 'timeline zoom step at 100× events ≤ 16 ms (one frame)',
    met: timeline[1]!.frameMs <= 16,
    figure: ms(timeline[1]!.frameMs)
  })
  report.target({
    name: 'due queue with 5,000 cards and 300,000 reviews < 50 ms',
    met: cards.queueMs < 50,
    figure: ms(cards.queueMs)
  })
  report.target({
    name: 'grading one card there < 50 ms (answered before the write)',
    met: cards.gradeMs < 50,
    figure: ms(cards.gradeMs)
  })
  report.target({
    name: 'a request during a 300,000-review restore waits ≤ 1.5× its wait behind one ordinary write',
    met: restore.longestWaitMs <= 1.5 * restore.writeWaitMs,
    figure: `${ms(restore.longestWaitMs)} against ${ms(restore.writeWaitMs)}`
  })
  report.target({
    name: 'a burst of 1,000 grades in ≤ 10 file writes, none lost',
    met: cards.burst.writes <= 10 && cards.burst.lost === 0,
    figure: `${cards.burst.writes} writes, ${cards.burst.lost} lost`
  })
  const met = report.finish()
  await report.write(join(root, 'docs/benchmarks.md'))
  return met
}

/** The renderer's traced work before the article's frame, for both hosts' pages and their static pages. */
function rendererWorkTable(paint: PaintFigures, desktop: DesktopFigures): string {
  return [
    '| page | parsing | style | layout | paint | script | in all |',
    '|---|---|---|---|---|---|---|',
    `| Debrief through the browser host | ${workCells(paint.work.app)} |`,
    `| static page, same headers | ${workCells(paint.work.floor)} |`,
    `| Debrief as Electron loads it | ${workCells(desktop.work.app)} |`,
    `| static page, answered the same way | ${workCells(desktop.work.floor)} |`
  ].join('\n')
}
