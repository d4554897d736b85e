/**
 * Export to Anki (tab-separated text with Anki's file headers, importable as is) and to CSV.
 * Anki reads its fields as HTML (`#html:true`), so text is escaped and line breaks become <br>.
 */
import type { CardRow, ExportFile } from '@shared/card-schemas'
import { cardAnswerSide, cardPrompt, cardTags } from '@shared/card-text'

/** The Anki deck the cards land in. */
export const ANKI_DECK = 'Debrief'

/** Text as one Anki field: HTML-escaped, on one line, free of the tab separator. */
function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>')
}

/** What goes below the answer: the context, the user's note and the passage to reread. */
function backExtra(row: CardRow): string {
  const parts: string[] = []
  if (row.card.kind !== 'own' && row.card.explain) parts.push(ankiField(row.card.explain))
  if (row.card.kind === 'own' && row.card.quote) parts.push(`<i>${ankiField(row.card.quote)}</i>`)
  if (row.note) parts.push(`Note: ${ankiField(row.note)}`)
  if (row.card.sources.length > 0) parts.push(`Article: ${row.card.sources.join(', ')}`)
  return parts.join('<br><br>')
}

const ankiTags = (row: CardRow): string => ['debrief', ...cardTags(row.card)].join(' ')
/**
 * A stable note id, so importing a newer export updates the notes instead of duplicating them; one
 * guid space per note type, because Anki skips a note whose guid it already holds under another note
 * type ("note type has changed"): a cloze card is a Basic note in one file and a Cloze note in the
 * other. Basic guids keep their first form, so earlier imports still update.
 */
const ankiGuid = (row: CardRow, noteType: 'Basic' | 'Cloze'): string =>
  noteType === 'Basic' ? `debrief-${row.card.id}` : `debrief-cloze-${row.card.id}`

function ankiFile(noteType: 'Basic' | 'Cloze', lines: string[]): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    `#notetype:${noteType}`,
    `#deck:${ANKI_DECK}`,
    '#tags column:3',
    '#guid column:4'
  ]
  return `${[...headers, ...lines].join('\n')}\n`
}

/**
 * Every card as an Anki Basic note (Front, Back, tags, guid): a cloze card's front shows its gaps and
 * its back the whole sentence, so the whole deck imports in one file.
 */
export function toAnkiBasic(rows: readonly CardRow[]): ExportFile {
  const lines = rows.map((row) => {
    const extra = backExtra(row)
    const back = ankiField(cardAnswerSide(row.card)) + (extra ? `<br><br>${extra}` : '')
    return [ankiField(cardPrompt(row.card)), back, ankiTags(row), ankiGuid(row, 'Basic')].join('\t')
  })
  return {
    fileName: 'debrief-anki-basic.txt',
    mimeType: 'text/plain',
    text: ankiFile('Basic', lines),
    cards: rows.length
  }
}

/** The cloze cards as Anki Cloze notes (Text with its {{c1::…}} deletions, Back Extra, tags, guid). */
export function toAnkiCloze(rows: readonly CardRow[]): ExportFile {
  const cloze = rows.filter((row) => row.card.type === 'cloze')
  const lines = cloze.map((row) =>
    [
      ankiField(row.card.type === 'cloze' ? row.card.text : ''),
      backExtra(row),
      ankiTags(row),
      ankiGuid(row, 'Cloze')
    ].join('\t')
  )
  return {
    fileName: 'debrief-anki-cloze.txt',
    mimeType: 'text/plain',
    text: ankiFile('Cloze', lines),
    cards: cloze.length
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const CSV_COLUMNS = [
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
] as const

/** Every card with its progress as CSV, with a byte-order mark so spreadsheets read it as UTF-8. */
export function toCsv(rows: readonly CardRow[]): ExportFile {
  const lines = rows.map((row) =>
    [
      row.card.id,
      row.card.type,
      row.card.kind,
      row.card.section,
      cardTags(row.card).join(' '),
      cardPrompt(row.card),
      cardAnswerSide(row.card),
      row.card.kind === 'own' ? (row.card.quote ?? '') : (row.card.explain ?? ''),
      row.card.sources.join(' '),
      row.status,
      row.suspended,
      row.due,
      row.reps,
      row.lapses,
      row.note
    ]
      .map(csvField)
      .join(',')
  )
  const text = `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`
  return { fileName: 'debrief-cards.csv', mimeType: 'text/csv', text, cards: rows.length }
}
