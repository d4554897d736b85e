/** Exports Anki imports as is (its file headers, one note a line) and CSV any spreadsheet reads. */
import { describe, expect, it } from 'vitest'
import type { AnyCard, CardRow } from '@shared/card-schemas'
import { toAnkiBasic, toAnkiCloze, toCsv } from './export'

const row = (card: AnyCard, over: Partial<CardRow> = {}): CardRow => ({
  card,
  status: 'new',
  suspended: false,
  due: null,
  reps: 0,
  lapses: 0,
  retrievability: null,
  note: null,
  ...over
})

const basic = row(
  {
    id: 'rutte-role',
    type: 'basic',
    kind: 'people',
    section: 'opening',
    tags: ['rutte'],
    sources: ['P7'],
    front: 'What is Mark Rutte’s role?',
    back: 'NATO Secretary General',
    explain: 'The paraphrase says "Secretary-Normal" & more <b>tags</b>.'
  },
  { note: 'Two lines\nof\tnote', status: 'review', due: '2025-09-01T00:00:00.000Z', reps: 3 }
)
const cloze = row({
  id: 'occupied-share',
  type: 'cloze',
  kind: 'claims',
  section: 'occupied-territory',
  tags: [],
  sources: ['P25'],
  text: 'Russia holds about {{c1::one-fifth}} of Ukraine.'
})
const own = row({
  id: 'own-1',
  type: 'basic',
  kind: 'own',
  section: null,
  tags: [],
  sources: [],
  front: 'Who chaired, "really"?',
  back: 'Starmer, Macron',
  created: '2025-08-20T00:00:00.000Z',
  updated: '2025-08-20T00:00:00.000Z'
})

/** The header lines and the data lines, each split at tabs. */
function parseAnki(text: string): { headers: string[]; lines: string[][] } {
  const all = text.trimEnd().split('\n')
  return {
    headers: all.filter((l) => l.startsWith('#')),
    lines: all.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'))
  }
}

describe('toAnkiBasic', () => {
  it('writes Anki’s headers and one Basic note per card, every card included', () => {
    const file = toAnkiBasic([basic, cloze, own])
    const { headers, lines } = parseAnki(file.text)
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:Debrief',
      '#tags column:3',
      '#guid column:4'
    ])
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toHaveLength(4)
    expect(file).toMatchObject({ fileName: 'debrief-anki-basic.txt', cards: 3 })
  })

  it('escapes HTML, keeps each note on one line, and tags it by section, kind and topic', () => {
    const [first, second, third] = parseAnki(toAnkiBasic([basic, cloze, own]).text).lines
    expect(first![0]).toBe('What is Mark Rutte’s role?')
    expect(first![1]).toBe(
      'NATO Secretary General<br><br>The paraphrase says &quot;Secretary-Normal&quot; &amp; more &lt;b&gt;tags&lt;/b&gt;.' +
        '<br><br>Note: Two lines<br>of note<br><br>Article: P7'
    )
    expect(first![2]).toBe('debrief opening people rutte')
    expect(first![3]).toBe('debrief-rutte-role')
    expect(second!.slice(0, 2)).toEqual([
      'Russia holds about […] of Ukraine.',
      'Russia holds about one-fifth of Ukraine.<br><br>Article: P25'
    ])
    expect(third!.slice(0, 3)).toEqual(['Who chaired, &quot;really&quot;?', 'Starmer, Macron', 'debrief own'])
  })
})

describe('toAnkiCloze', () => {
  it('writes only the cloze cards as Cloze notes, their deletions kept for Anki', () => {
    const file = toAnkiCloze([basic, cloze, own])
    const { headers, lines } = parseAnki(file.text)
    expect(headers).toContain('#notetype:Cloze')
    expect(lines).toEqual([
      [
        'Russia holds about {{c1::one-fifth}} of Ukraine.',
        'Article: P25',
        'debrief occupied-territory claims',
        'debrief-cloze-occupied-share'
      ]
    ])
    expect(file.cards).toBe(1)
  })
})

/**
 * A model of Anki's text import by guid: a note whose guid is new is added; one whose guid Anki
 * holds under the same note type is updated; one held under another note type is skipped ("note
 * type has changed").
 */
function importIntoAnki(collection: Map<string, string>, text: string) {
  const noteType = /^#notetype:(.+)$/m.exec(text)![1]!
  const tally = { added: 0, updated: 0, skipped: 0 }
  for (const line of parseAnki(text).lines) {
    const guid = line[3]!
    const held = collection.get(guid)
    if (held === undefined) {
      collection.set(guid, noteType)
      tally.added += 1
    } else if (held === noteType) tally.updated += 1
    else tally.skipped += 1
  }
  return tally
}

describe('both Anki exports, imported into one collection', () => {
  it('import cleanly in either order: nothing skipped, and a second import updates rather than adds', () => {
    const rows = [basic, cloze, own]
    for (const order of [
      [toAnkiBasic, toAnkiCloze],
      [toAnkiCloze, toAnkiBasic]
    ]) {
      const collection = new Map<string, string>()
      const [first, second] = order.map((toFile) => toFile!(rows).text)
      expect(importIntoAnki(collection, first!).skipped).toBe(0)
      expect(importIntoAnki(collection, second!).skipped).toBe(0)
      expect(collection.size).toBe(rows.length + 1)
      expect(importIntoAnki(collection, first!)).toMatchObject({ added: 0, skipped: 0 })
    }
  })

  it('the model does skip a guid held under another note type, as Anki does', () => {
    const collection = new Map([['debrief-cloze-occupied-share', 'Basic']])
    expect(importIntoAnki(collection, toAnkiCloze([cloze]).text)).toEqual({
      added: 0,
      updated: 0,
      skipped: 1
    })
  })
})

/** A small RFC 4180 reader, enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = (): void => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"'
      i += 1
    } else if (ch === '"') {
      quoted = !quoted
    } else if (!quoted && ch === ',') {
      endField()
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      i += 1
    } else {
      field += ch
    }
  }
  return rows
}

describe('toCsv', () => {
  it('writes a header and one row per card that reads back to the same values', () => {
    const file = toCsv([basic, cloze, own])
    expect(file.text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(file.text.slice(1))
    expect(header).toEqual([
      'id',
      'type',
      'kind',
      'section',
      'tags',
      'question',
      'answer',
      'explanation',
      'sources',
      'status',
      'suspended',
      'due',
      'reps',
      'lapses',
      'note'
    ])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual([
      'rutte-role',
      'basic',
      'people',
      'opening',
      'opening people rutte',
      'What is Mark Rutte’s role?',
      'NATO Secretary General',
      'The paraphrase says "Secretary-Normal" & more <b>tags</b>.',
      'P7',
      'review',
      'false',
      '2025-09-01T00:00:00.000Z',
      '3',
      '0',
      'Two lines\nof\tnote'
    ])
    expect(rows[2]![5]).toBe('Who chaired, "really"?')
    expect(rows[2]![3]).toBe('')
  })
})
