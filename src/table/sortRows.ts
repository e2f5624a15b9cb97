import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { LANE_SHORT } from '../ui/labels.ts'
import { CONFIDENCE_LABEL, KIND_LABEL } from '../ui/recordLabels.ts'

export type SortKey = 'date' | 'direction' | 'occasion' | 'kind' | 'title' | 'confidence' | 'source'
export type SortDir = 'ascending' | 'descending'

/**
 * What a column sorts by, as a string (ties fall back to time): the words the column shows, in
 * the page's language (a page keeps one language, so the orders cached below stay right).
 */
const KEY_OF: Record<Exclude<SortKey, 'date'>, (e: IndexEvent, c: CorpusIndex) => string> = {
  direction: (e) => LANE_SHORT[e.lane],
  occasion: (e, c) => c.occasions[e.occasionIndex]?.label ?? e.occasion,
  kind: (e) => KIND_LABEL[e.kind],
  title: (e) => e.title.toLowerCase(),
  confidence: (e) => CONFIDENCE_LABEL[e.confidence],
  source: (e) => e.publisher.toLowerCase(),
}

const orders = new WeakMap<CorpusIndex, Map<SortKey, Int32Array>>()

/**
 * Every event of the corpus in the order of one column, computed once per column: distinct
 * values are sorted natively, then events placed by their value's rank with a counting sort
 * (time breaks ties). At 100,000 events a later sort of any filtered set is one linear pass.
 */
export function columnOrder(corpus: CorpusIndex, key: SortKey): Int32Array {
  let byKey = orders.get(corpus)
  if (!byKey) orders.set(corpus, (byKey = new Map()))
  let order = byKey.get(key)
  if (order) return order
  const n = corpus.events.length
  order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  if (key !== 'date') {
    const of = KEY_OF[key]
    const values = corpus.events.map((e) => of(e, corpus))
    // The native sort of strings (code-unit order) needs no comparator calls.
    const distinct = [...new Set(values)].sort()
    const rankOf = new Map<string, number>()
    distinct.forEach((v, r) => rankOf.set(v, r))
    // Counting sort by rank: events are in time order, so each rank keeps them by time.
    const start = new Int32Array(distinct.length + 1)
    const rank = new Int32Array(n)
    for (let i = 0; i < n; i++) start[(rank[i] = rankOf.get(values[i]) ?? 0) + 1]++
    for (let r = 0; r < distinct.length; r++) start[r + 1] += start[r]
    for (let i = 0; i < n; i++) order[start[rank[i]]++] = i
  }
  byKey.set(key, order)
  return order
}

/** `shown` (a subset of the corpus, in time order) sorted by a column. */
export function sortRows(
  shown: readonly IndexEvent[],
  corpus: CorpusIndex,
  key: SortKey,
  dir: SortDir,
): readonly IndexEvent[] {
  if (key === 'date') return dir === 'ascending' ? shown : [...shown].reverse()
  const order = columnOrder(corpus, key)
  const member = new Uint8Array(corpus.events.length)
  for (const e of shown) member[e.index] = 1
  const out: IndexEvent[] = []
  if (dir === 'ascending') {
    for (let k = 0; k < order.length; k++) if (member[order[k]]) out.push(corpus.events[order[k]])
  } else {
    for (let k = order.length - 1; k >= 0; k--) if (member[order[k]]) out.push(corpus.events[order[k]])
  }
  return out
}

/** A row of the table: an event, or a year in which a recurring message was not found. */
export type TableRow = { event: IndexEvent; silence?: undefined } | { event?: undefined; silence: Silence }

/** What an absence sorts by in each column: its label as its title, nothing as its kind, confidence and source. */
function silenceKey(s: Silence, c: CorpusIndex, key: SortKey, label: string): string | number {
  if (key === 'date') return s.time
  if (key === 'direction') return LANE_SHORT[s.lane]
  if (key === 'occasion') return c.occasions[s.occasionIndex]?.label ?? s.occasion
  if (key === 'title') return label.toLowerCase()
  return ''
}

/**
 * The sorted events with the shown silences merged in by the same column (silences are few: one
 * pass over the events, no re-sort).
 */
export function withSilences(
  rows: readonly IndexEvent[],
  silences: readonly Silence[],
  corpus: CorpusIndex,
  key: SortKey,
  dir: SortDir,
  labelOf: (s: Silence) => string,
): TableRow[] {
  const sign = dir === 'ascending' ? 1 : -1
  const keyOf = (e: IndexEvent): string | number => (key === 'date' ? e.time : KEY_OF[key](e, corpus))
  const before = (a: string | number, b: string | number) => sign * (a < b ? -1 : a > b ? 1 : 0) < 0
  const extra = silences
    .map((s) => ({ s, k: silenceKey(s, corpus, key, labelOf(s)) }))
    .sort((a, b) => (before(a.k, b.k) ? -1 : before(b.k, a.k) ? 1 : a.s.time - b.s.time))
  const out: TableRow[] = []
  let j = 0
  for (const e of rows) {
    const k = keyOf(e)
    while (j < extra.length && before(extra[j].k, k)) out.push({ silence: extra[j++].s })
    out.push({ event: e })
  }
  while (j < extra.length) out.push({ silence: extra[j++].s })
  return out
}
