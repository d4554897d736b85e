/**
 * The app's state as the page starts it: from the first answers the page carried (the article
 * alone of the content), then the rest of the content fetched once it runs.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { FirstAnswers } from '@shared/first-answers'
import type { Content } from '@shared/schemas'
import { loadContent } from '../../main/content/load-content'
import {
  installFakeBridge,
  installFakeEvents,
  Refusal,
  removeFakeBridge,
  type Answer
} from '../../test-util/renderer-bridge'
import { CONTENT_DIR } from '../../test-util/store'
import { AppState } from './app-state.svelte'

const content: Content = await loadContent(CONTENT_DIR)

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** The first answers as a host puts them in the page, the article a copy (as JSON brings it). */
const first = (): FirstAnswers => ({
  'content:article': structuredClone({ version: content.version, article: content.article }),
  'settings:get': { theme: 'light', textSize: 19, lineWidth: 'medium', showStandardTerms: true },
  'notices:list': [],
  'store:info': { dataDir: '/d', file: '/d/debrief.json', backupsDir: '/d/backups', persistent: true },
  'progress:get': { paragraphId: null, fraction: 0, updatedAt: null },
  'annotations:spans': []
})
const emptyAnnotations = { annotations: [], pageNotes: [], colorNames: {} }

afterEach(() => {
  removeFakeBridge()
})

/** The calls' method names, in order. */
const names = (calls: [string, unknown][]): string[] => calls.map(([name]) => name)

describe('an app started from the page’s first answers', () => {
  it('has the article at once, and the rest of the content once it has fetched it, the drawn article kept', async () => {
    const calls = installFakeBridge({
      'content:get': () => structuredClone(content),
      'annotations:list': () => emptyAnnotations
    })
    installFakeEvents()
    const answers = first()
    const app = new AppState(answers)
    expect(app.ready).toBe(true)
    expect(app.article).toBe(answers['content:article'].article)
    expect(app.content).toBeNull()

    const started = app.start()
    const whole = app.wholeContent()
    expect(names(calls).sort()).toEqual(['annotations:list', 'content:get'])
    await started
    expect(app.content?.timeline).toEqual(content.timeline)
    expect(app.content?.cards).toEqual(content.cards)
    expect(app.content?.xray).toEqual(content.xray)
    // The same version: the reader goes on with the article it drew, not a copy to draw again.
    expect(app.content?.article).toBe(answers['content:article'].article)
    expect(app.article).toBe(answers['content:article'].article)
    expect(await whole).toBe(app.content)
  })

  it('takes the fetched article when the content changed since the page was drawn', async () => {
    const newer = { ...structuredClone(content), version: 'f'.repeat(16) }
    newer.article.title = 'A retitled article'
    installFakeBridge({
      'content:get': () => newer,
      'annotations:list': () => emptyAnnotations
    })
    installFakeEvents()
    const app = new AppState(first())
    await app.start()
    expect(app.article?.title).toBe('A retitled article')
    expect(app.content?.version).toBe(newer.version)
  })

  it('keeps the article on screen when the rest cannot be fetched, says so, and fetches it on Try again', async () => {
    const answers: Partial<Record<'content:get' | 'annotations:list', Answer>> = {
      'content:get': new Refusal('The data file is locked.', 'store-failed'),
      'annotations:list': () => emptyAnnotations
    }
    installFakeBridge(answers)
    installFakeEvents()
    const app = new AppState(first())
    await app.start()
    expect(app.article).not.toBeNull()
    expect(app.ready).toBe(true)
    expect(app.contentError).toBe('The data file is locked.')
    expect(app.status.message).toContain('The timeline, cards and X-Ray could not be loaded')
    await expect(app.wholeContent()).rejects.toThrow('The data file is locked.')

    answers['content:get'] = () => structuredClone(content)
    await app.loadContent()
    expect(app.contentError).toBeNull()
    expect((await app.wholeContent()).places).toEqual(content.places)
  })

  it('fetches the content again after a restore, and not after other changes', async () => {
    const calls = installFakeBridge({
      'content:get': () => structuredClone(content),
      'annotations:list': () => emptyAnnotations,
      'settings:get': () => first()['settings:get'],
      'notices:list': () => []
    })
    const send = installFakeEvents()
    const app = new AppState(first())
    await app.start()
    calls.length = 0
    send({ method: 'settings:update', domain: 'settings' })
    await settle()
    expect(names(calls)).not.toContain('content:get')
    send({ method: 'backup:restore', domain: 'everything' })
    await settle()
    expect(names(calls)).toContain('content:get')
  })
})

describe('an app started without first answers', () => {
  it('fetches the whole content, article and rest, in one call', async () => {
    const calls = installFakeBridge({
      'content:get': () => structuredClone(content),
      'annotations:list': () => emptyAnnotations,
      'settings:get': () => first()['settings:get'],
      'notices:list': () => [],
      'store:info': () => first()['store:info']
    })
    installFakeEvents()
    const app = new AppState()
    expect(app.article).toBeNull()
    await app.start()
    expect(names(calls).filter((name) => name.startsWith('content:'))).toEqual(['content:get'])
    expect(app.article?.title).toBe(content.article.title)
    expect(app.content?.timeline.events).toHaveLength(content.timeline.events.length)
  })
})
