/**
 * Every date in Debrief reads the app's British way, "1 Dec 2026", and the renderer cannot write
 * one any other way: the lint rule (eslint.config.js) refuses each hand-made form in its files.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDayKey } from './dates'

describe('dates', () => {
  it('write day, short month and year, and the time on a 24-hour clock', () => {
    expect(formatDate(new Date(2026, 11, 1, 9, 30))).toBe('1 Dec 2026')
    expect(formatDateTime(new Date(2026, 11, 1, 14, 5))).toBe('1 Dec 2026, 14:05')
    expect(formatDateTime(new Date(2026, 0, 9, 0, 0))).toBe('9 Jan 2026, 00:00')
    expect(formatDayKey('2025-08-18')).toBe('18 Aug 2025')
  })

  it('read an ISO string as the store keeps one, as that moment in local time', () => {
    const iso = new Date(2025, 7, 18, 21, 40).toISOString()
    expect(formatDate(iso)).toBe('18 Aug 2025')
    expect(formatDateTime(iso)).toBe('18 Aug 2025, 21:40')
  })
})

describe('the lint rule for dates in the renderer', () => {
  const eslint = new ESLint()
  const refusals = async (code: string, filePath: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath })
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
  }

  it.each([
    ['toLocaleDateString', `export const d = (at: Date) => at.toLocaleDateString('en-GB')`],
    ['toLocaleTimeString', `export const d = (at: Date) => at.toLocaleTimeString()`],
    ['toDateString', `export const d = (at: Date) => at.toDateString()`],
    [
      'an Intl.DateTimeFormat of its own',
      `export const f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })`
    ],
    ['a cut ISO string', `export const d = (at: Date) => at.toISOString().slice(0, 10)`],
    [
      'a date built from its fields',
      `export const d = (at: Date) => \`\${at.getDate()}/\${at.getMonth() + 1}\``
    ]
  ])('refuses %s in a renderer module', async (_what, code) => {
    const said = await refusals(code, 'src/renderer/src/features/notes/example.ts')
    expect(said.length).toBeGreaterThan(0)
    for (const message of said)
      expect(message).toMatch(/^Write dates with formatDate\/formatDateTime from @shared\/dates/)
  })

  it('lets formatDate through, and numbers written with toLocaleString', async () => {
    const code = `import { formatDate } from '@shared/dates'\nexport const d = (at: Date, n: number) => \`\${formatDate(at)} \${n.toLocaleString('en-GB')}\``
    expect(await refusals(code, 'src/renderer/src/features/notes/example.ts')).toEqual([])
  })

  it('leaves the timeline axis labels their own formats', async () => {
    const code = `export const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' })`
    expect(await refusals(code, 'src/renderer/src/features/timeline/axis-layout.ts')).toEqual([])
  })
})
