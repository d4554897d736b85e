import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { FIRST_ANSWERS_ELEMENT_ID, parseFirstAnswers } from '@shared/first-answers'
import { RESUME_SCRIPT, RESUME_SCRIPT_HASH } from '@shared/resume-script'
import { openServices, type Services } from '../main/open-services'
import { inlineStylesheets, pageWithFirstScreen } from './first-screen'

let dir: string
let services: Services
let template: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-first-screen-'))
  services = await openServices({ dataDir: dir, contentDir: 'resources/content' })
  // The renderer's real page, so a change to its markup that the host relies on fails here.
  template = await readFile('src/renderer/index.html', 'utf8')
})

afterEach(async () => {
  await services.store.flush()
  await rm(dir, { recursive: true, force: true })
})

/** The answers a page carries, read back as the renderer reads them. */
function carried(page: string): unknown {
  const open = `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">`
  const start = page.indexOf(open) + open.length
  return parseFirstAnswers(page.slice(start, page.indexOf('</script>', start)))
}

describe('the page the browser host sends', () => {
  it('has the whole article drawn in, before any script runs', async () => {
    const page = await pageWithFirstScreen(template, services.handlers)
    const app = page.slice(page.indexOf('<div id="app">'))
    for (const section of services.store.data.content.article.sections) {
      for (const paragraph of section.paragraphs) {
        expect(app).toContain(`id="${paragraph.id}"`)
      }
    }
    expect(app).toContain(services.store.data.content.article.title)
  })

  it('is drawn in the saved theme, line width and text size', async () => {
    await services.handlers['settings:update']({ theme: 'sepia', textSize: 22, lineWidth: 'wide' })
    const page = await pageWithFirstScreen(template, services.handlers)
    expect(page).toMatch(/<html lang="en"[^>]* data-theme="sepia"/)
    expect(page).toMatch(/<html lang="en"[^>]* data-line-width="wide"/)
    expect(page).toMatch(/<html lang="en"[^>]* style="--text-size: 22px"/)
  })

  it('carries the answers it was drawn from, so the renderer starts from the same state', async () => {
    const page = await pageWithFirstScreen(template, services.handlers)
    expect(carried(page)).toEqual({
      'content:article': await services.handlers['content:article']({}),
      'settings:get': await services.handlers['settings:get']({}),
      'notices:list': await services.handlers['notices:list']({}),
      'store:info': await services.handlers['store:info']({}),
      'progress:get': await services.handlers['progress:get']({}),
      'annotations:spans': await services.handlers['annotations:spans']({})
    })
  })

  it('carries of the content the article alone: the cards, timeline, places and X-Ray come later', async () => {
    const page = await pageWithFirstScreen(template, services.handlers)
    const answers = carried(page) as Record<string, unknown>
    const { content } = services.store.data
    expect(answers['content:article']).toEqual({ version: content.version, article: content.article })
    expect(Object.keys(answers)).not.toContain('content:get')
    const open = `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">`
    const text = page.slice(page.indexOf(open) + open.length, page.indexOf('</script>', page.indexOf(open)))
    for (const event of content.timeline.events) expect(text).not.toContain(JSON.stringify(event.title))
    for (const card of content.cards) expect(text).not.toContain(JSON.stringify(card.id))
    expect(text).not.toMatch(/"(timeline|cards|places|xray)":/)
    // What the page carries besides the article is the settings, notices, paths and position.
    expect(text.length).toBeLessThan(JSON.stringify(content.article).length + 1_000)
  })

  it('keeps text that tries to end the script element, or reads as a replacement pattern, as data', async () => {
    // The data folder's path is in the answers (store:info), and a folder may be named almost anything.
    // No slash in a folder name, but `<!--<script>` inside a script element is trap enough.
    const oddDir = await mkdtemp(join(dir, "<!--<script>window.hacked = 1 $& $' $`"))
    const odd = await openServices({ dataDir: oddDir, contentDir: 'resources/content' })
    const page = await pageWithFirstScreen(template, odd.handlers)
    await odd.store.flush()
    expect(page.match(/<script/g)).toHaveLength(template.match(/<script/g)!.length + 1)
    const answers = carried(page) as { 'store:info': { dataDir: string } }
    expect(answers['store:info'].dataDir).toBe(oddDir)
  })

  it('carries the stylesheet in the page, so the first screen needs no other response to paint', async () => {
    const rendererDir = join(dir, 'renderer')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'assets', 'app.css'), 'p { color: $& }')
    await writeFile(join(rendererDir, 'assets', 'odd.css'), 'p::after { content: "</style>" }')
    const page = await inlineStylesheets(
      '<link rel="stylesheet" crossorigin href="./assets/app.css"><link rel="stylesheet" href="/assets/odd.css"><link rel="stylesheet" href="/assets/gone.css">',
      rendererDir
    )
    expect(page).toBe(
      '<style>p { color: $& }</style><link rel="stylesheet" href="/assets/odd.css"><link rel="stylesheet" href="/assets/gone.css">'
    )
  })

  it('lands a returning reader where they left off before the first paint, with the one script the policy allows', async () => {
    const fresh = await pageWithFirstScreen(template, services.handlers)
    expect(fresh).not.toContain('data-resume')
    expect(fresh).not.toContain('rel="expect"')
    await services.handlers['progress:save']({ paragraphId: 'P20', fraction: 0.55 })
    const page = await pageWithFirstScreen(template, services.handlers)
    const script = `<script data-resume="P20">${RESUME_SCRIPT}</script>`
    expect(page).toContain(script)
    // Held from painting until the element after that script is in, however the page arrives.
    expect(page).toContain('<link rel="expect" href="#resumed" blocking="render"></head>')
    expect(page).toContain(`${script}<template id="resumed"></template>`)
    // After the drawn article (it scrolls to a paragraph there) and outside #app (hydration leaves it
    // be), before the answers: painting waits on the article alone.
    expect(page.indexOf(script)).toBeGreaterThan(page.indexOf('id="P34"'))
    expect(page.indexOf(script)).toBeLessThan(page.indexOf(`id="${FIRST_ANSWERS_ELEMENT_ID}"`))
    expect(page).toContain(
      `</div>\n${script}<template id="resumed"></template>\n<script type="application/json"`
    )
    expect(CONTENT_SECURITY_POLICY).toContain(RESUME_SCRIPT_HASH)
  })

  it('goes out as built when an answer fails, and the renderer then asks and reports it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failing = {
      ...services.handlers,
      'progress:get': () => {
        throw new Error('disk gone')
      }
    }
    expect(await pageWithFirstScreen(template, failing)).toBe(template)
  })
})
