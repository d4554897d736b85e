// Proves a full backup brings everything back into an empty data folder (a highlight, a graded card, the theme), and a damaged backup is refused with a message and changes nothing.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

/** The text drawn under the yellow highlights, as the page paints it. */
function paintedYellow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('annotation-yellow') ?? [])].map((r) => {
      const range = document.createRange()
      range.setStart(r.startContainer, r.startOffset)
      range.setEnd(r.endContainer, r.endOffset)
      return range.toString()
    })
  )
}

/** Every card's progress as the host holds it (reps and due date by card id), for comparing. */
function cardProgress(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const result = await window.api['cards:list']({})
    if (!result.ok) throw new Error(result.error.message)
    return Object.fromEntries(
      result.value
        .filter((row) => row.reps > 0)
        .map((row) => [row.card.id, { due: row.due, reps: row.reps, lapses: row.lapses }])
    )
  })
}

async function openYourData(page: Page) {
  await page.getByRole('button', { name: 'Your data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your data' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('back up, then restore into an empty data folder: highlight, card progress and theme come back', async ({
  page,
  host
}) => {
  test.slow() // it uses the app, restarts the host and loads the app three times
  await page.goto(host.url)
  const box = (await page.locator('#P2').boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + 300, box.y + 40, { steps: 6 })
  await page.mouse.up()
  const quote = await page.evaluate(() => getSelection()?.toString() ?? '')
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
  await page.keyboard.press('h')
  await expect.poll(() => paintedYellow(page)).toEqual([quote])

  await page.getByRole('button', { name: 'Display' }).click()
  await page.getByRole('dialog', { name: 'Display settings' }).getByRole('radio', { name: 'Sepia' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await page.keyboard.press('Escape')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Flashcards' }).click()
  await page.getByRole('button', { name: /^Study now/ }).click()
  await page.keyboard.press('Enter')
  await page
    .getByRole('group', { name: 'How well did you recall it?' })
    .getByRole('button', { name: /^Good/ })
    .click()
  await expect.poll(async () => Object.keys(await cardProgress(page)).length).toBe(1)
  const progress = await cardProgress(page)

  const dialog = await openYourData(page)
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Back up everything' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^debrief-backup-\d{4}-\d{2}-\d{2}\.json$/)
  await expect(dialog.getByRole('status')).toContainText('Backed up everything')
  const backupText = await readFile((await download.path())!, 'utf8')

  await host.stop()
  for (const name of await readdir(host.dataDir)) await rm(join(host.dataDir, name), { recursive: true })
  await host.start()
  await page.goto(host.url)
  await expect(page.locator('#P2')).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'sepia')
  expect(await paintedYellow(page)).toEqual([])

  const backupFile = join(host.dataDir, '..', `${download.suggestedFilename()}`)
  await writeFile(backupFile, backupText)
  try {
    const fresh = await openYourData(page)
    const choosing = page.waitForEvent('filechooser')
    await fresh.getByRole('button', { name: 'Restore from a backup…' }).click()
    await (await choosing).setFiles(backupFile)

    await expect(page.getByRole('alert').filter({ hasText: 'was restored' })).toContainText(
      /kept as debrief-.*-pre-restore\.json/
    )
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
    await expect.poll(() => paintedYellow(page)).toEqual([quote])
    expect(await cardProgress(page)).toEqual(progress)

    await host.restart()
    await page.goto(host.url)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
    await expect.poll(() => paintedYellow(page)).toEqual([quote])
  } finally {
    await rm(backupFile, { force: true })
  }
})

test('a damaged backup is refused with a message, and nothing changes', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('#P1')).toBeVisible()
  await page.evaluate(() => window.api['settings:update']({ theme: 'dark' }))
  const dataFile = join(host.dataDir, 'debrief.json')
  const before = await readFile(dataFile)
  const backupsBefore = await readdir(join(host.dataDir, 'backups'))

  const dialog = await openYourData(page)
  const choosing = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Restore from a backup…' }).click()
  await (
    await choosing
  ).setFiles({
    name: 'debrief-backup-2025-08-18.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"debrief-backup","version":1,"exportedAt":"2025-08-18T17:15:00.000Z","sche'
    )
  })

  const message = dialog.getByRole('alert')
  await expect(message).toContainText('debrief-backup-2025-08-18.json was not restored')
  await expect(message).toContainText('not valid JSON')
  await expect(message).toContainText('Nothing was changed.')
  expect(await readFile(dataFile)).toEqual(before)
  expect(await readdir(join(host.dataDir, 'backups'))).toEqual(backupsBefore)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Your data' })).toBeFocused()
})
