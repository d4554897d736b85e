// Proves two windows on one host agree: a note or a highlight made in one shows in the other without a
// reload, a save started before the other window's is refused with both versions offered (never a silent
// overwrite), and a card graded in one window is refused in the other, whose session moves on.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, test, type Host } from '../fixtures'
import { paintedText } from '../helpers'

/**
 * Window A, the test's page, opened at the host's address; answers window B, a browser context of
 * its own, let in by the address the host printed (as a second browser would be). B lands on the
 * clean address, the secret gone from it.
 */
async function twoWindows(a: Page, browser: Browser, host: Host): Promise<Page> {
  await a.goto(host.url)
  const context = await browser.newContext()
  const b = await context.newPage()
  await b.goto(host.launchUrl)
  await expect(b).toHaveURL(host.url)
  await expect(b.getByRole('heading', { level: 1 })).toBeVisible()
  return b
}

/** Mark the page, so a test can tell it was never reloaded (a reload would wipe the mark). */
async function markUnreloaded(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __unreloaded: true }))
}

const stillUnreloaded = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as { __unreloaded?: boolean }).__unreloaded === true)

async function openNotes(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()
  return page.getByRole('region', { name: 'Article note' })
}

/** Open the article note's editor in `note` (its region) and type `text`, not yet saved. */
async function draftArticleNote(note: Locator, text: string): Promise<void> {
  await note.getByRole('button', { name: 'Write article note' }).click()
  await note.getByLabel('Article note (Markdown)').fill(text)
}

/**
 * B begins writing its draft first; A writes its note and saves it while B is still typing; once A
 * shows its note saved, B saves its draft over it.
 */
async function bSavesOverA(noteInA: Locator, aNote: string, noteInB: Locator, bDraft: string): Promise<void> {
  await draftArticleNote(noteInB, bDraft)
  await draftArticleNote(noteInA, aNote)
  await noteInA.getByRole('button', { name: 'Save note' }).click()
  await expect(noteInA.getByRole('button', { name: 'Edit article note' })).toBeVisible()
  await expect(noteInA).toContainText(aNote)
  await noteInB.getByRole('button', { name: 'Save note' }).click()
}

/** A save refused as changed elsewhere: the alert asks which to keep, with both versions beside it. */
async function expectBothOffered(notes: Locator, yours: string, theirs: string): Promise<void> {
  await expect(notes.getByRole('alert')).toHaveText(
    'This note was changed in another window. Keep which version?'
  )
  await expect(notes.getByRole('figure', { name: 'Yours (not saved)' })).toContainText(yours)
  await expect(notes.getByRole('figure', { name: 'The other window’s (saved)' })).toContainText(theirs)
}

/** The parts of the data file these tests read. */
interface SavedData {
  pageNotes: { note: string }[]
  reviewLog: unknown[][]
}

/** Stop the host (so it has written everything) and read the data file it saved. */
async function savedData(host: Host): Promise<SavedData> {
  await host.stop()
  return JSON.parse(await readFile(join(host.dataDir, 'debrief.json'), 'utf8'))
}

test('an article note saved in window A appears in window B without a reload', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  const noteInA = await openNotes(page)
  const noteInB = await openNotes(b)
  await markUnreloaded(b)

  await draftArticleNote(noteInA, 'Compare the *tone* with February.')
  await noteInA.getByRole('button', { name: 'Save note' }).click()

  await expect(noteInB.locator('em')).toHaveText('tone')
  await expect(noteInB).toContainText('Compare the tone with February.')
  expect(await stillUnreloaded(b)).toBe(true)
  await b.context().close()
})

test('B’s save over a note A changed meanwhile is refused, both versions are offered, and B keeps one', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  const noteInA = await openNotes(page)
  const noteInB = await openNotes(b)

  await bSavesOverA(noteInA, 'A’s overview.', noteInB, 'B’s overview.')
  await expectBothOffered(noteInB, 'B’s overview.', 'A’s overview.')
  // Nothing was overwritten: A still shows its own note.
  await expect(noteInA).toContainText('A’s overview.')
  await expect(noteInA).not.toContainText('B’s overview.')

  await noteInB.getByRole('button', { name: 'Keep mine' }).click()
  await expect(noteInB.getByRole('button', { name: 'Edit article note' })).toBeVisible()
  await expect(noteInB).toContainText('B’s overview.')
  // B chose, having seen A's: A follows.
  await expect(noteInA).toContainText('B’s overview.')
  await b.context().close()
})

test('keeping the other window’s version drops B’s draft and shows A’s note', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  const noteInA = await openNotes(page)
  const noteInB = await openNotes(b)

  await bSavesOverA(noteInA, 'A’s note.', noteInB, 'B’s draft.')

  await noteInB.getByRole('button', { name: 'Keep the other window’s' }).click()
  await expect(noteInB).toContainText('A’s note.')
  await expect(noteInB).not.toContainText('B’s draft.')
  const saved = await savedData(host)
  expect(saved.pageNotes.map((n) => n.note)).toEqual(['A’s note.'])
  await b.context().close()
})

test('a highlight made in window A is drawn in window B without a reload', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  await markUnreloaded(b)

  const box = (await page.locator('#P2').boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + 300, box.y + 40, { steps: 6 })
  await page.mouse.up()
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '')
  expect(selected.length).toBeGreaterThan(10)
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(page, 'yellow')).toEqual([selected])

  await expect.poll(() => paintedText(b, 'yellow')).toEqual([selected])
  expect(await stillUnreloaded(b)).toBe(true)
  await b.context().close()
})

test('the same card graded in A and then in B is refused in B, and B’s session moves on', async ({
  page,
  host,
  browser
}) => {
  const question = (p: Page): Locator => p.locator('#flashcard-question')
  const startSession = async (p: Page): Promise<string> => {
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Flashcards' }).click()
    await p.getByRole('button', { name: /^Study now/ }).click()
    await expect(question(p)).not.toBeEmpty()
    return (await question(p).textContent()) ?? ''
  }
  const grade = async (p: Page, name: RegExp): Promise<void> => {
    await p.getByRole('button', { name: /^Show answer/ }).click()
    await p.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name }).click()
  }
  const b = await twoWindows(page, browser, host)
  const shownInA = await startSession(page)
  const shownInB = await startSession(b)
  expect(shownInB).toBe(shownInA)

  await grade(page, /^Good/)
  await expect(question(page)).not.toHaveText(shownInA)
  const nextInA = (await question(page).textContent()) ?? ''

  await grade(b, /^Again/)
  await expect(b.getByRole('status').filter({ hasText: 'graded in another window' })).toHaveText(
    'This card was graded in another window. Here is the next one.'
  )
  await expect(question(b)).toHaveText(nextInA)

  const saved = await savedData(host)
  // One review of the first card (A's Good), none from B.
  expect(saved.reviewLog).toHaveLength(1)
  expect(saved.reviewLog[0]?.[1]).toBe(3)
  await b.context().close()
})

test('a browser without the printed address gets nothing; with it, the secret shows nowhere after', async ({
  host,
  browser
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const refused = await page.goto(host.url)
  expect(refused?.status()).toBe(403)
  await expect(page.locator('#P1')).toHaveCount(0)

  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(host.launchUrl)
  await expect(page).toHaveURL(host.url)
  await expect(page.locator('#P1')).toContainText('President Donald Trump')
  await expect.poll(() => requested.some((url) => url.endsWith('/events')), 'the change stream').toBe(true)

  const token = new URL(host.launchUrl).searchParams.get('token')!
  expect(await page.content()).not.toContain(token)
  expect(requested.filter((url) => url.includes(token))).toEqual([host.launchUrl])
  expect(await page.evaluate(() => document.cookie), 'the page’s scripts cannot read it').toBe('')
  expect(await context.cookies()).toEqual([
    expect.objectContaining({ value: token, httpOnly: true, sameSite: 'Strict', path: '/' })
  ])
  await context.close()
})

test('an event note added in A shows in B, and B’s edit over A’s edit offers both versions', async ({
  page,
  host,
  browser
}) => {
  const openAlaska = async (p: Page): Promise<Locator> => {
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
    await p.getByRole('tab', { name: 'List' }).click()
    await p.getByRole('button', { name: 'Alaska summit' }).click()
    return p.getByRole('region', { name: 'Your notes on Alaska summit' })
  }
  const b = await twoWindows(page, browser, host)
  const notesInA = await openAlaska(page)
  const notesInB = await openAlaska(b)

  await page.getByLabel('New note').fill('No ceasefire.')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(notesInB.getByRole('heading')).toHaveText('Your notes (1)')
  await expect(notesInB).toContainText('No ceasefire.')

  await notesInB.getByRole('button', { name: 'Edit' }).click()
  await notesInB.getByLabel('Edit note').fill('B: a pause, not a ceasefire.')
  await notesInA.getByRole('button', { name: 'Edit' }).click()
  await notesInA.getByLabel('Edit note').fill('A: no ceasefire, only talks.')
  await notesInA.getByRole('button', { name: 'Save' }).click()
  await expect(notesInA).toContainText('A: no ceasefire, only talks.')

  await notesInB.getByRole('button', { name: 'Save' }).click()
  await expectBothOffered(notesInB, 'B: a pause, not a ceasefire.', 'A: no ceasefire, only talks.')
  await notesInB.getByRole('button', { name: 'Keep mine' }).click()
  await expect(notesInA).toContainText('B: a pause, not a ceasefire.')
  await b.context().close()
})

test('B’s save over a highlight note A changed meanwhile offers both versions, and B keeps one', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  // A highlight over the whole of P2, made in A; B draws it too.
  const made = await page.evaluate(async () => {
    const p2 = document.querySelector('#P2')!
    const range = document.createRange()
    range.selectNodeContents(p2)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
    return getSelection()!.toString()
  })
  await page.keyboard.press('h')
  await expect.poll(() => paintedText(b, 'yellow')).toEqual([made])

  const editorOf = (p: Page): Locator => p.getByRole('dialog', { name: 'Highlight' })
  const openEditor = async (p: Page): Promise<Locator> => {
    const box = (await p.locator('#P2').boundingBox())!
    await p.mouse.click(box.x + 60, box.y + 12)
    await expect(editorOf(p)).toBeVisible()
    return editorOf(p)
  }
  const inB = await openEditor(b)
  await inB.getByLabel('Note', { exact: true }).fill('B: the tone changed.')
  const inA = await openEditor(page)
  await inA.getByLabel('Note', { exact: true }).fill('A: a calmer meeting.')
  await inA.getByRole('button', { name: 'Save' }).click()
  await expect(inA).toBeHidden()

  await inB.getByRole('button', { name: 'Save' }).click()
  await expectBothOffered(inB, 'B: the tone changed.', 'A: a calmer meeting.')
  await inB.getByRole('button', { name: 'Keep mine' }).click()
  await expect(inB).toBeHidden()
  // A, having been told, shows B's note when it opens the highlight again.
  await expect(await openEditor(page).then((e) => e.getByLabel('Note', { exact: true }))).toHaveValue(
    'B: the tone changed.'
  )
  await b.context().close()
})

test('B’s save over a card note A changed meanwhile offers both versions, and B keeps the other’s', async ({
  page,
  host,
  browser
}) => {
  const b = await twoWindows(page, browser, host)
  const openNote = async (p: Page): Promise<Locator> => {
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Flashcards' }).click()
    await p.getByRole('tab', { name: /^Cards/ }).click()
    await p.getByRole('button', { name: /^Note on: What is Mark Rutte’s role\?/ }).click()
    return p.getByRole('dialog', { name: 'Your note' })
  }
  const inB = await openNote(b)
  await inB.getByLabel(/^Note/).fill('B: Dutch, once prime minister.')
  const inA = await openNote(page)
  await inA.getByLabel(/^Note/).fill('A: NATO’s head since 2024.')
  await inA.getByRole('button', { name: 'Save note' }).click()
  await expect(inA).toBeHidden()

  await inB.getByRole('button', { name: 'Save note' }).click()
  await expectBothOffered(inB, 'B: Dutch, once prime minister.', 'A: NATO’s head since 2024.')
  await inB.getByRole('button', { name: 'Keep the other window’s' }).click()
  await expect(inB).toBeHidden()
  await expect(b.getByRole('row', { name: /What is Mark Rutte’s role\?/ })).toContainText(
    'Note: A: NATO’s head since 2024.'
  )
  await b.context().close()
})
