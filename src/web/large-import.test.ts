/**
 * A heavy user's own export imports through the browser host: 10,000 highlights with notes make a
 * W3C JSON file of several megabytes, far past the 1 MB that ordinary calls may send, and the host
 * takes it because the contract declares annotations:import's own limit.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { articleText } from '@shared/anchoring/article-text'
import { HIGHLIGHT_COLORS, REQUEST_MAX_BYTES } from '@shared/limits'
import type { Annotation } from '@shared/annotation-schemas'
import { postJson } from '../test-util/http'
import { secretCookie } from '../test-util/web-secret'
import { openServices, type Services } from '../main/open-services'
import { startWebHost, type WebHost } from './server'

const HIGHLIGHTS = 10_000

let dir: string
const opened: { services: Services; host: WebHost }[] = []

async function openHost(name: string): Promise<{ services: Services; host: WebHost }> {
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body>Debrief</body></html>')
  const services = await openServices({ dataDir: join(dir, name), contentDir: 'resources/content' })
  const host = await startWebHost({ services, rendererDir, port: 0 })
  opened.push({ services, host })
  return { services, host }
}

/** 10,000 highlights of 40 characters each, spread over every paragraph, each with a note and tags. */
async function highlightEverywhere(services: Services): Promise<void> {
  await services.store.update((data) => {
    const paragraphs = articleText(data.content.article).blocks.filter((b) => b.kind === 'paragraph')
    const text = articleText(data.content.article).text
    for (let i = 0; i < HIGHLIGHTS; i += 1) {
      const block = paragraphs[i % paragraphs.length]!
      const start = block.start + ((i * 7) % Math.max(1, block.end - block.start - 40))
      const end = Math.min(block.end, start + 40)
      const at = new Date(Date.UTC(2025, 7, 20) + i * 60_000).toISOString()
      const annotation: Annotation = {
        id: `heavy-${i}`,
        created: at,
        updated: at,
        color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
        note: `Note ${i}: why this passage matters, with *emphasis* and "quotes".`,
        tags: ['diplomacy', `tag-${i % 20}`],
        target: {
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32)
            },
            { type: 'TextPositionSelector', start, end }
          ]
        },
        orphaned: false
      }
      data.annotations.push(annotation)
    }
  })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-large-import-'))
})

afterAll(async () => {
  for (const { host } of opened) await host.close()
  await rm(dir, { recursive: true, force: true })
})

it('imports its own export of 10,000 highlights into a fresh data folder', async () => {
  const source = await openHost('source')
  await highlightEverywhere(source.services)
  const exported = await postJson(
    source.host.port,
    'annotations:export',
    JSON.stringify({ format: 'json' }),
    {
      cookie: secretCookie(source.host)
    }
  )
  expect(exported.status).toBe(200)
  const file = JSON.parse(exported.body).value as { text: string }

  const body = JSON.stringify({ text: file.text })
  expect(Buffer.byteLength(body)).toBeGreaterThan(REQUEST_MAX_BYTES)

  const target = await openHost('target')
  const imported = await postJson(target.host.port, 'annotations:import', body, {
    cookie: secretCookie(target.host)
  })
  expect(imported.status).toBe(200)
  expect(JSON.parse(imported.body)).toEqual({
    ok: true,
    value: { added: HIGHLIGHTS, skipped: 0, rejected: [] }
  })
  expect((await target.services.handlers['annotations:list']({})).annotations).toHaveLength(HIGHLIGHTS)
}, 120_000)
