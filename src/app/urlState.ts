// Long by design: reading and writing an address are one contract (every key, its lenient
// parse and its canonical form), kept side by side so the two cannot drift apart.
import { dayTime } from '../data/dates.ts'
import { LANE_IDS, type Lane } from '../data/indexFormat.ts'
import type { EventKind } from '../data/schema.ts'
import type { Filters } from '../filters/filterState.ts'
import { formatNumber } from '../i18n/format.ts'
import { t } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'

// Everything a link carries. Parsing is lenient (anything unknown or malformed is dropped and
// reported in plain words, in the page's language: parsing runs at render time, after the
// messages are in); writing is canonical, so one view has one address.

export type View = 'timeline' | 'table' | 'compare'
export const VIEWS: readonly View[] = ['timeline', 'table', 'compare']

export type ViewState = Filters & {
  /** Search text (full text, fuzzy). */
  q: string
  /** The phrase whose use per year the trend chart shows. */
  phrase: string
  view: View
  /** The open event. */
  eventId: string | null
  /** Marks where a recurring message was not found (on the axis, in the table and the CSV). */
  silences: boolean
}

/** What the app knows, to tell a real id from a garbled one. */
export type Known = {
  occasionIds: readonly string[]
  kinds: readonly EventKind[]
  hasEvent: (id: string) => boolean
}

export type ParsedView = ViewState & {
  /** What the link asked for that does not exist, said in words a reader understands. */
  notices: string[]
}

const KEYS = ['q', 'occasion', 'lane', 'kind', 'from', 'to', 'view', 'phrase', 'silences', 'event'] as const
type Key = (typeof KEYS)[number]
const MAX_SHOWN = 40
const MAX_TEXT = 200

/** Everything shown: the view of a link with no parameters. */
export function defaultView(known: Pick<Known, 'occasionIds' | 'kinds'>): ViewState {
  return {
    occasions: new Set(known.occasionIds),
    lanes: new Set(LANE_IDS),
    kinds: new Set(known.kinds),
    from: null,
    to: null,
    q: '',
    phrase: '',
    view: 'timeline',
    eventId: null,
    silences: true,
  }
}

function shown(value: string): string {
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Words from the link in quotation marks as the language writes them: "x", «x». */
const quote = (words: string) => t('app.notice.quote', { text: words })

const quoted = (list: readonly string[]) => {
  const first = list
    .slice(0, 5)
    .map((u) => quote(shown(u)))
    .join(', ')
  return list.length > 5
    ? t('app.notice.andMore', { list: first, count: formatNumber(list.length - 5) })
    : first
}

/** What a list of ids in the link names, for the notice that some are unknown. */
type ListOf = 'occasion' | 'direction' | 'kind'
const UNKNOWN_IN_LIST: Record<ListOf, MessageId> = {
  occasion: 'app.notice.unknownOccasion',
  direction: 'app.notice.unknownDirection',
  kind: 'app.notice.unknownKind',
}

/**
 * A comma list of ids, keeping the known ones. A list whose every id is unknown falls back to
 * all, rather than an empty page; an empty value means none.
 */
function parseList<T extends string>(
  value: string,
  known: readonly T[],
  what: ListOf,
  notices: string[],
): Set<T> {
  const wanted = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const ok = new Set<string>(known)
  const unknown = wanted.filter((id) => !ok.has(id))
  if (unknown.length > 0)
    notices.push(t(UNKNOWN_IN_LIST[what], { count: unknown.length, list: quoted(unknown) }))
  const valid = wanted.filter((id): id is T => ok.has(id))
  return valid.length > 0 || unknown.length === 0 ? new Set(valid) : new Set(known)
}

/** "2024" or a real day "2024-05-09", else null. */
export function parseBound(value: string): string | null {
  if (/^\d{4}$/.test(value)) return value
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const time = dayTime(value)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : null
}

function text(value: string, key: string, notices: string[]): string {
  const clean = value.replace(/\s+/g, ' ').trim()
  if (clean.length <= MAX_TEXT) return clean
  notices.push(t('app.notice.tooLong', { key: quote(key), max: MAX_TEXT }))
  return clean.slice(0, MAX_TEXT)
}

/** Reads the query string leniently: anything unknown is dropped and reported. */
export function parseViewState(search: string, known: Known): ParsedView {
  const notices: string[] = []
  const params = new Map<Key, string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq))
    const value = safeDecode(eq < 0 ? '' : pair.slice(eq + 1))
    if (key === null || value === null) {
      notices.push(t('app.notice.badEncoding', { part: quote(shown(pair)) }))
      continue
    }
    if ((KEYS as readonly string[]).includes(key)) params.set(key as Key, value)
    // The page's language is its folder (ko/, ru/); lang= only picks it on arrival
    // (scripts/lib/pageLanguage.ts) and says nothing about the view.
    else if (key === 'lang') continue
    else
      notices.push(t('app.notice.unknownKey', { key: quote(shown(key)), keys: KEYS.map(quote).join(', ') }))
  }

  const state = defaultView(known)
  const get = (k: Key) => params.get(k)
  const occasion = get('occasion')
  if (occasion !== undefined) state.occasions = parseList(occasion, known.occasionIds, 'occasion', notices)
  const lane = get('lane')
  if (lane !== undefined) state.lanes = parseList<Lane>(lane, LANE_IDS, 'direction', notices)
  const kind = get('kind')
  if (kind !== undefined) state.kinds = parseList(kind, known.kinds, 'kind', notices)
  for (const k of ['from', 'to'] as const) {
    const v = get(k)
    if (v === undefined || v === '') continue
    const bound = parseBound(v.trim())
    if (bound) state[k] = bound
    else notices.push(t('app.notice.badDate', { param: quote(`${k}=${shown(v)}`) }))
  }
  state.q = text(get('q') ?? '', 'q', notices)
  state.phrase = text(get('phrase') ?? '', 'phrase', notices)
  const view = get('view')
  if (view !== undefined && view !== '') {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View
    else
      notices.push(t('app.notice.badView', { param: quote(`view=${shown(view)}`), views: VIEWS.join(', ') }))
  }
  const silences = get('silences')
  if (silences !== undefined && silences !== '') {
    if (silences === 'off' || silences === 'on') state.silences = silences === 'on'
    else
      notices.push(
        t('app.notice.badSilences', { param: quote(`silences=${shown(silences)}`), off: 'silences=off' }),
      )
  }
  const event = get('event')
  if (event !== undefined && event !== '') {
    if (known.hasEvent(event)) state.eventId = event
    else notices.push(t('app.notice.unknownEvent', { id: quote(shown(event)) }))
  }
  return { ...state, notices }
}

const EVENT_PATH = /^event\/([^/]+)\/?$/

/**
 * Reads an address: the query string, and the path below the app's home page, where
 * `event/<id>/` (an event's own page) opens that event. `?event=` wins over the path.
 */
export function parseLocation(pathBelowRoot: string, search: string, known: Known): ParsedView {
  const parsed = parseViewState(search, known)
  const m = EVENT_PATH.exec(pathBelowRoot)
  if (!m || /(^|[?&])event=/.test(search)) return parsed
  const id = safeDecode(m[1]) ?? m[1]
  if (known.hasEvent(id)) return { ...parsed, eventId: id }
  return {
    ...parsed,
    notices: [...parsed.notices, t('app.notice.unknownEventPath', { id: quote(shown(id)) })],
  }
}

/**
 * The address of a view, below the app's home page: the open event as its own page's path
 * (`event/<id>/`) when the build wrote those pages, else as `?event=`; the rest as the query.
 */
export function locationFor(
  state: ViewState,
  known: Pick<Known, 'occasionIds' | 'kinds'>,
  eventPages: boolean,
): string {
  if (!eventPages || !state.eventId) return serializeViewState(state, known)
  return `event/${encodeURIComponent(state.eventId)}/${serializeViewState({ ...state, eventId: null }, known)}`
}

/** The set in registry order, or null when it holds every id (nothing to write). */
function listParam(set: ReadonlySet<string>, all: readonly string[]): string | null {
  if (all.every((id) => set.has(id))) return null
  return all
    .filter((id) => set.has(id))
    .map(encodeURIComponent)
    .join(',')
}

/** The query string for a view: only what differs from the default, in a fixed order. */
export function serializeViewState(state: ViewState, known: Pick<Known, 'occasionIds' | 'kinds'>): string {
  const parts: string[] = []
  const add = (k: Key, v: string | null) => {
    if (v !== null && v !== '') parts.push(`${k}=${v}`)
  }
  add('q', encodeURIComponent(state.q))
  const occasions = listParam(state.occasions, known.occasionIds)
  if (occasions !== null) parts.push(`occasion=${occasions}`)
  const lanes = listParam(state.lanes, LANE_IDS)
  if (lanes !== null) parts.push(`lane=${lanes}`)
  const kinds = listParam(state.kinds, known.kinds)
  if (kinds !== null) parts.push(`kind=${kinds}`)
  add('from', state.from)
  add('to', state.to)
  add('view', state.view === 'timeline' ? null : state.view)
  add('phrase', encodeURIComponent(state.phrase))
  add('silences', state.silences ? null : 'off')
  add('event', state.eventId ? encodeURIComponent(state.eventId) : null)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
