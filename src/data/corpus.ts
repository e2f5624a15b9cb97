import { decodeIndex } from './decodeIndex.ts'
import type { CorpusIndex, WireIndex } from './indexFormat.ts'
import { siteRoot } from './appRoot.ts'
import { CORPUS_PATHS } from './corpusPaths.ts'
import { pageLang } from '../i18n/langs.ts'
import type { Event } from './schema.ts'

async function getJson<T>(path: string, what: string, cache: RequestCache = 'default'): Promise<T> {
  let res: Response
  try {
    // From the site's root: every page (an event's, another language's) loads the same files.
    res = await fetch(new URL(path, siteRoot()), { cache })
  } catch {
    throw new Error(`Could not reach the server to load ${what}. Check your connection.`)
  }
  if (!res.ok) throw new Error(`Could not load ${what} (the server answered ${res.status}).`)
  try {
    return (await res.json()) as T
  } catch {
    throw new Error(`Could not read ${what}: the file is not valid JSON.`)
  }
}

/**
 * The timeline index: every event without its text (built from data/ by the corpus plugin).
 * `fresh` skips the HTTP cache, for a retry after a stale or broken copy.
 */
export async function fetchIndex(fresh = false): Promise<CorpusIndex> {
  return decodeIndex(
    await getJson<WireIndex>(CORPUS_PATHS.index(pageLang()), 'the timeline', fresh ? 'reload' : 'default'),
  )
}

/** One event in full: summary, quotes, sources and body. */
export async function fetchEvent(id: string): Promise<Event> {
  const event = await getJson<Event>(CORPUS_PATHS.event(encodeURIComponent(id)), 'this event')
  if (!event || typeof event !== 'object' || event.id !== id) {
    throw new Error('Could not read this event: the file does not hold it.')
  }
  return event
}

let records: Promise<Map<string, Event>> | undefined

/**
 * Every event in full (for export, the phrase trend and the year-by-year comparison), loaded
 * once when one of them is first used; a failed load is forgotten so the next use retries.
 */
export function fetchRecords(): Promise<Map<string, Event>> {
  records ??= getJson<Event[]>(CORPUS_PATHS.records, 'the full records').then(
    (list) => new Map(list.map((e) => [e.id, e])),
    (e: unknown) => {
      records = undefined
      throw e
    },
  )
  return records
}

/** The search index file, as MiniSearch wrote it (parsed). */
export function fetchSearchIndex<T>(): Promise<T> {
  return getJson<T>(CORPUS_PATHS.search(pageLang()), 'the search index')
}
