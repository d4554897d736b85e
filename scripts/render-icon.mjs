// `node scripts/render-icon.mjs`: draw resources/icon.svg into resources/icon.png (1024×1024), the
// one picture electron-builder turns into every platform's icon set (.icns, .ico, Linux sizes).
// Run it after changing the SVG and commit both.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const SIZE = 1024
const resources = join(import.meta.dirname, '..', 'resources')
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu']
})
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`
  )
  await page
    .locator('svg')
    .screenshot({ path: join(resources, 'icon.png'), omitBackground: true, animations: 'disabled' })
} finally {
  await browser.close()
}
