import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'

/** One year of one direction: its messages, and the text compared with the year before. */
export type Cell = { events: IndexEvent[]; text: string }
export type YearRow = { year: number; cells: Map<Lane, Cell> }

/** What is compared year to year: the body where there is one, else the quotes and the summary. */
export function comparedText(e: Event): string {
  if (e.body) return e.body.join('\n\n')
  return [...e.quotes.map((q) => q.text), e.summary].join('\n')
}

/**
 * The occasion's events by year (from `first` to `last`, every year, so gaps show) and by
 * direction; each cell's text joins its messages' texts in date order.
 */
export function yearRows(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  first: number,
  last: number,
): YearRow[] {
  const rows: YearRow[] = []
  for (let y = first; y <= last; y++) rows.push({ year: y, cells: new Map() })
  for (const e of events) {
    const row = rows[new Date(e.time).getUTCFullYear() - first]
    if (!row) continue
    const cell = row.cells.get(e.lane) ?? { events: [], text: '' }
    cell.events.push(e)
    const r = records.get(e.id)
    if (r) cell.text = cell.text ? `${cell.text}\n\n${comparedText(r)}` : comparedText(r)
    row.cells.set(e.lane, cell)
  }
  return rows
}

/** The latest earlier year with a message in the same direction, to compare a cell with. */
export function previousCell(rows: readonly YearRow[], index: number, lane: Lane): YearRow | undefined {
  for (let i = index - 1; i >= 0; i--) if (rows[i].cells.has(lane)) return rows[i]
  return undefined
}
