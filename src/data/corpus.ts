import { decodeIndex } from './decodeIndex.ts'
import type { CorpusIndex, WireIndex } from './indexFormat.ts'
import { siteRoot } from './appRoot.ts'
import { CORPUS_PATHS } from './corpusPaths.ts'
import { t } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'
import { pageLang } from '../i18n/langs.ts'
import type { Event } from './schema.ts'

type Failure = 'unreachable' | 'status' | 'notJson'

/**
 * What went wrong loading each file, in the page's language: one whole sentence per file and
 * failure, so each language words it its own way. The words are read when a load fails; the
 * index's first load may fail before the messages are in, which main.tsx ignores (the app
 * loads the index again and says what went wrong then).
 */
const FAILED: Record<'index' | 'event' | 'records' | 'search', Record<Failure, MessageId>> = {
  index: {
    unreachable: 'app.load.index.unreachable',
    status: 'app.load.index.status',
    notJson: 'app.load.index.notJson',
  },
  event: {
    unreachable: 'app.load.event.unreachable',
    status: 'app.load.event.status',
    notJson: 'app.load.event.notJson',
  },
  records: {
    unreachable: 'app.load.records.unreachable',
    status: 'app.load.records.status',
    notJson: 'app.load.records.notJson',
  },
  search: {
    unreachable: 'app.load.search.unreachable',
    status: 'app.load.search.status',
    notJson: 'app.load.search.notJson',
  },
}

async function getJson<T>(
  path: string,
  what: keyof typeof FAILED,
  cache: RequestCache = 'default',
): Promise<T> {
  let res: Response
  try {
    // From the site's root: every page (an event's, another language's) loads the same files.
    res = await fetch(new URL(path, siteRoot()), { cache })
  } catch {
    throw new Error(t(FAILED[what].unreachable))
  }
  if (!res.ok) throw new Error(t(FAILED[what].status, { status: String(res.status) }))
  try {
    return (await res.json()) as T
  } catch {
    throw new Error(t(FAILED[what].notJson))
  }
}

/**
 * The timeline index: every event without its text (built from data/ by the corpus plugin).
 * `fresh` skips the HTTP cache, for a retry after a stale or broken copy.
 */
export async function fetchIndex(fresh = false): Promise<CorpusIndex> {
  return decodeIndex(
    await getJson<WireIndex>(CORPUS_PATHS.index(pageLang()), 'index', fresh ? 'reload' : 'default'),
  )
}

/** One event in full: summary, quotes, sources and body. */
export async function fetchEvent(id: string): Promise<Event> {
  const event = await getJson<Event>(CORPUS_PATHS.event(encodeURIComponent(id)), 'event')
  if (!event || typeof event !== 'object' || event.id !== id) {
    throw new Error(t('app.load.event.wrongFile'))
  }
  return event
}

let records: Promise<Map<string, Event>> | undefined

/**
 * Every event in full (for export, the phrase trend and the year-by-year comparison), loaded
 * once when one of them is first used; a failed load is forgotten so the next use retries.
 */
export function fetchRecords(): Promise<Map<string, Event>> {
  records ??= getJson<Event[]>(CORPUS_PATHS.records, 'records').then(
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
  return getJson<T>(CORPUS_PATHS.search(pageLang()), 'search')
}
