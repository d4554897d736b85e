// Proves that a damaged or too-new data file is never lost: it is kept, the user is told where, and the app still works.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'

const DAMAGED = '{"schemaVersion":1,"settings":{"theme":"dark"'

test('a damaged data file is kept aside, the backup restored and the user told', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const backups = await readdir(join(host.dataDir, 'backups'))
  expect(backups.filter((name) => name.endsWith('-daily.json'))).toHaveLength(1)

  await host.stop()
  await writeFile(join(host.dataDir, 'debrief.json'), DAMAGED)
  await host.start()
  await page.goto(host.url)

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('could not be read')
  await expect(alert).toContainText('debrief.corrupt-')
  await expect(alert).toContainText('restored')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const aside = (await readdir(host.dataDir)).find((name) => name.startsWith('debrief.corrupt-'))
  expect(aside, 'the damaged file is kept under a new name').toBeDefined()
  expect(await readFile(join(host.dataDir, aside!), 'utf8')).toBe(DAMAGED)
  JSON.parse(await readFile(join(host.dataDir, 'debrief.json'), 'utf8'))

  await alert.getByRole('button', { name: /dismiss/i }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await host.restart()
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a data file from a newer Debrief is left untouched and the user told nothing is saved', async ({
  page,
  host
}) => {
  await host.stop()
  const file = join(host.dataDir, 'debrief.json')
  const future = JSON.stringify({ schemaVersion: 99, fromTheFuture: true })
  await writeFile(file, future)
  await host.start()
  await page.goto(host.url)

  await expect(page.getByRole('alert')).toContainText('newer version of Debrief')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await host.stop()
  expect(await readFile(file, 'utf8')).toBe(future)
  await host.start()
})
