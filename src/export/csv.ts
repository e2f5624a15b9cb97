import type { CorpusIndex, IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Event, MessageText } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'
import { senderOf } from '../ui/labels.ts'
import { recordOf } from './recordOf.ts'

// ---- CSV (RFC 4180) ----

// The CSV is a data file (data/events.csv is built with the same columns): its columns and
// values are the dataset's English whatever the page's language, so its words are fixed here
// rather than read from the interface's catalogues. Its occasions and people come from the
// `corpus` it is given, which must be the English index (ExportButtons fetches it on a
// Korean or Russian page).

/** The lanes as the dataset names them. */
const CSV_DIRECTION: Record<Lane, string> = {
  'to-moscow': 'Pyongyang → Moscow',
  'to-pyongyang': 'Moscow → Pyongyang',
  joint: 'Meetings and joint acts',
}

/** Who wrote to whom, for an absence whose sender is not in the corpus's people. */
const CSV_SENDER: Record<Lane, string> = {
  'to-moscow': 'Kim → Putin',
  'to-pyongyang': 'Putin → Kim',
  joint: 'Kim and Putin',
}

const englishLanguages = new Intl.DisplayNames(['en'], { type: 'language' })

/** "KCNA's", "the Kremlin's". */
const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`)

/**
 * What a version is, in the dataset's English: "Korean original, KCNA, excerpt"; "English,
 * KCNA's official translation, full text"; "English, news translation by TASS, excerpt".
 */
function csvVersionLabel(v: MessageText): string {
  const extent = v.extent === 'full' ? 'full text' : 'excerpt'
  const language = englishLanguages.of(v.lang) ?? v.lang
  if (v.status === 'original') return `${language} original, ${v.publishedBy}, ${extent}`
  if (v.status === 'official-translation')
    return `${language}, ${possessive(v.publishedBy)} official translation, ${extent}`
  return `${language}, news translation by ${v.publishedBy}, ${extent}`
}

/** "No message from Kim found for Victory Day 2021", in the dataset's English. */
function csvSilenceTitle(s: Silence, corpus: CorpusIndex): string {
  const occasion = corpus.occasions[s.occasionIndex]?.label ?? s.occasion
  const sender = senderOf(s.lane, corpus.people)?.shortName ?? CSV_SENDER[s.lane]
  return `No message from ${sender} found for ${occasion} ${s.year}`
}

/**
 * A spreadsheet runs a cell that starts with = + - @ tab or carriage return as a formula
 * (CSV injection): such cells get a leading apostrophe, which spreadsheets show as text.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** One field: quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180). */
export function csvField(value: string): string {
  const v = neutralise(value)
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

const CSV_COLUMNS = [
  'record',
  'id',
  'date',
  'date_certainty',
  'date_note',
  'direction',
  'from',
  'to',
  'occasion',
  'kind',
  'title',
  'summary',
  'confidence',
  'source',
  'source_url',
  'more_sources',
  'quotes',
  'texts',
  'related',
  'body_kind',
  'body',
] as const

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>

/**
 * CSV with a header row, CRLF line ends, and a byte order mark so spreadsheets read it as UTF-8,
 * in English: `corpus` must be the English index (see above).
 * A row is an event ("record": "event") or, when `silences` are given, a year in which a
 * recurring message was not found ("record": "absence"), in date order.
 */
export function toCsv(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  corpus: CorpusIndex,
  silences: readonly Silence[] = [],
): string {
  const name = (id: string) => corpus.people.find((p) => p.id === id)?.name ?? id
  const occasion = (id: string) => corpus.occasions.find((o) => o.id === id)?.label ?? id
  const eventRows = events.map((e): [number, CsvRow] => {
    const r = recordOf(e, records)
    const [first, ...more] = r.sources
    const row: CsvRow = {
      record: 'event',
      id: r.id,
      date: r.date,
      date_certainty: r.dateCertainty,
      date_note: r.dateNote ?? '',
      direction: CSV_DIRECTION[e.lane],
      from: r.from.map(name).join('; '),
      to: r.to.map(name).join('; '),
      occasion: occasion(r.occasion),
      kind: r.kind,
      title: r.title,
      summary: r.summary,
      confidence: r.confidence,
      source: first?.publisher ?? '',
      source_url: first?.url ?? '',
      more_sources: more.map((s) => (s.url ? `${s.publisher} <${s.url}>` : s.publisher)).join('; '),
      quotes: r.quotes
        .map((q) => (q.paraphrase ? `${q.text} (paraphrase; ${q.source})` : `“${q.text}” (${q.source})`))
        .join('; '),
      texts: (r.texts ?? []).map((v) => `[${csvVersionLabel(v)}] ${v.paragraphs.join('\n')}`).join('\n\n'),
      related: r.related.join('; '),
      body_kind: r.bodyKind ?? '',
      body: (r.body ?? []).join('\n\n'),
    }
    return [e.time, row]
  })
  const silenceRows = silences.map((s): [number, CsvRow] => {
    const from = senderOf(s.lane, corpus.people)
    const to = corpus.people.find((p) => p !== from)
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow
    Object.assign(row, {
      record: 'absence',
      id: s.key,
      date: new Date(s.time).toISOString().slice(0, 10),
      date_note: `The occasion's usual day; no message for ${s.year} was found in the sources checked from ${corpus.checked.from} to ${corpus.checked.through}.`,
      direction: CSV_DIRECTION[s.lane],
      from: from?.name ?? '',
      to: to?.name ?? '',
      occasion: occasion(s.occasion),
      title: csvSilenceTitle(s, corpus),
    })
    return [s.time, row]
  })
  const rows = [...eventRows, ...silenceRows]
    .sort((a, b) => a[0] - b[0])
    .map(([, row]) => CSV_COLUMNS.map((c) => csvField(row[c])).join(','))
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}
