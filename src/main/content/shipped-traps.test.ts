/**
 * What the X-Ray, the map and the timeline teach keeps to FACTS.md §5, line by line of the shipped
 * content (the deck has its own trap tests in shipped-deck.test.ts): a text a student reads there
 * never states as fact what FACTS.md says is disputed.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_DIR } from '../../test-util/store'

/** Every string in a JSON value, with the path to it. */
function strings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key))
  }
  return []
}

const TAUGHT = ['xray.json', 'places.json', 'timeline.json']

describe('the X-Ray, the map and the timeline teach no trap of FACTS.md §5', () => {
  it('§5.4: “six other regions” is given as the article’s count, with the dispute noted, wherever it is said', async () => {
    let said = 0
    for (const file of TAUGHT) {
      const content: unknown = JSON.parse(await readFile(join(CONTENT_DIR, file), 'utf8'))
      for (const [path, text] of strings(content)) {
        if (!/six other regions/i.test(text)) continue
        said += 1
        // A region's name is its label; the detail beside it carries the caveat.
        if (path.endsWith('.name')) continue
        expect(text, `${file} ${path}`).toMatch(/article/)
        expect(text, `${file} ${path}`).toMatch(/disputed|arguably seven/)
      }
    }
    expect(said, 'the claim is taught somewhere').toBeGreaterThan(0)
  })
})
