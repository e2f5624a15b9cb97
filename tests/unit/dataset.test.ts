import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { detailOf, wireIndex } from '../../scripts/corpusFiles.ts'
import { DATASET_PATHS, datasetFiles } from '../../scripts/datasetFiles.ts'
import { readCorpus, type Corpus } from '../../scripts/lib/corpus.ts'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import { toCsv } from '../../src/export/csv.ts'
import { csvRecords } from '../formats/csv.ts'

// The corpus published whole (scripts/datasetFiles.ts), on the fixed 20-event corpus.

const corpus = readCorpus('tests/fixtures/valid')
const file = (c: Corpus, path: string) => datasetFiles(c).get(path)!.make()

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats.default(ajv)
const committedSchema = readFileSync('data/schema/event.schema.json', 'utf8')
const validEvent = ajv.compile(JSON.parse(committedSchema) as object)

describe('data/events.json', () => {
  const records = JSON.parse(file(corpus, DATASET_PATHS.json)) as { id: string; date: string }[]

  it('holds every event once, in date order, as the JSON export writes them (no $schema line)', () => {
    expect(records.map((r) => r.id).sort()).toEqual(corpus.events.map((e) => e.id).sort())
    expect(records.map((r) => r.date)).toEqual(records.map((r) => r.date).sort())
    for (const r of records) expect(r).toEqual(detailOf(corpus.events.find((e) => e.id === r.id)!))
    expect(file(corpus, DATASET_PATHS.json)).toMatch(/^\[\n {2}\{\n/)
  })

  it('each record passes the JSON Schema published beside it', () => {
    for (const r of records) expect(validEvent(r) ? [] : validEvent.errors, r.id).toEqual([])
  })
})

describe('data/events.csv', () => {
  const text = file(corpus, DATASET_PATHS.csv)
  const index = decodeIndex(wireIndex(corpus))

  it("has the CSV export's columns and a row per event, and no rows for silences", () => {
    expect(index.silences.length).toBeGreaterThan(0)
    const exported = toCsv(index.events, new Map(corpus.events.map((e) => [e.id, e])), index, index.silences)
    expect(text.split('\r\n')[0]).toBe(exported.split('\r\n')[0])
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = csvRecords(text)
    expect(rows.map((r) => r.id).sort()).toEqual(corpus.events.map((e) => e.id).sort())
    expect(new Set(rows.map((r) => r.record))).toEqual(new Set(['event']))
    // Every event row is the export's row for it.
    const exportedRows = new Map(csvRecords(exported).map((r) => [r.id, r]))
    for (const r of rows) expect(r).toEqual(exportedRows.get(r.id))
  })

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const [first, second, ...rest] = corpus.events
    const hostile: Corpus = {
      ...corpus,
      events: [
        { ...first, title: '=HYPERLINK("http://x","y")', summary: '+1 and -1' },
        { ...second, title: '@SUM(A1)', summary: '-2', dateNote: '\tTAB' },
        ...rest,
      ],
    }
    const rows = csvRecords(file(hostile, DATASET_PATHS.csv))
    const a = rows.find((r) => r.id === first.id)!
    const b = rows.find((r) => r.id === second.id)!
    expect(a.title).toBe(`'=HYPERLINK("http://x","y")`)
    expect(a.summary).toBe(`'+1 and -1`)
    expect(b.title).toBe(`'@SUM(A1)`)
    expect(b.summary).toBe(`'-2`)
    expect(b.date_note).toBe(`'\tTAB`)
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})

describe('data/event.schema.json', () => {
  it('is the committed schema, byte for byte', () => {
    expect(file(corpus, DATASET_PATHS.schema)).toBe(committedSchema)
  })
})

describe('the dataset paths', () => {
  it('are the ones the README promises', () => {
    expect(DATASET_PATHS).toEqual({
      json: 'data/events.json',
      csv: 'data/events.csv',
      schema: 'data/event.schema.json',
      feed: 'feed.xml',
    })
  })
})
