import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { decodeIndex } from '../src/data/decodeIndex.ts'
import type { Event } from '../src/data/schema.ts'
import { toCsv } from '../src/export/csv.ts'
import { toJson } from '../src/export/exportFiles.ts'
import { detailOf, wireIndex } from './corpusFiles.ts'
import { atomFeed, FEED_PATH } from './feed.ts'
import type { Corpus } from './lib/corpus.ts'
import { speakEnglish } from './lib/catalog.ts'

// The whole corpus at fixed addresses, for people who cite or reuse it without opening the
// app, and the feed of its newest events. Unlike corpus/ (the app's own files, whose format
// may change with the app), these addresses and formats are promised in the README.

export const DATASET_PATHS = {
  /** Every event, as the JSON export writes them: records in our schema, in date order. */
  json: 'data/events.json',
  /** Every event, as the CSV export writes them (the same columns; formula-safe), no absence rows. */
  csv: 'data/events.csv',
  /** The JSON Schema of one record, data/schema/event.schema.json as committed. */
  schema: 'data/event.schema.json',
  feed: FEED_PATH,
} as const

/** The committed JSON Schema of an event (`npm run schema` writes it). */
export const SCHEMA_FILE = resolve('data/schema/event.schema.json')

export type DatasetFile = { type: string; make: () => string }

export type DatasetOptions = {
  siteUrl?: string
  eventPages?: boolean
  /** The JSON Schema to publish beside the data. */
  schemaFile?: string
}

/** The published files of a validated corpus, by path below the site's root. */
export function datasetFiles(c: Corpus, o: DatasetOptions = {}): Map<string, DatasetFile> {
  speakEnglish()
  // The index gives each event its lane and the export's order; the records are what the
  // app's export reads (corpus/records.json), so these files match an export of every event.
  const index = decodeIndex(wireIndex(c))
  const records = new Map<string, Event>(c.events.map((e) => [e.id, detailOf(e)]))
  return new Map<string, DatasetFile>([
    [DATASET_PATHS.json, { type: 'application/json', make: () => toJson(index.events, records) }],
    [DATASET_PATHS.csv, { type: 'text/csv; charset=utf-8', make: () => toCsv(index.events, records, index) }],
    [
      DATASET_PATHS.schema,
      { type: 'application/schema+json', make: () => readFileSync(o.schemaFile ?? SCHEMA_FILE, 'utf8') },
    ],
    [
      DATASET_PATHS.feed,
      {
        type: 'application/atom+xml; charset=utf-8',
        make: () =>
          atomFeed({
            events: c.events,
            people: c.people,
            occasions: c.occasions,
            siteUrl: o.siteUrl,
            eventPages: o.eventPages,
            emptyUpdated: c.coverage.checkedThrough,
          }),
      },
    ],
  ])
}
