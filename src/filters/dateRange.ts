/** A bound ("2024" or "2024-05-09") as an <input type=date> value: a year is its first or last day. */
export function toInputValue(bound: string | null, end: boolean): string {
  if (!bound) return ''
  return /^\d{4}$/.test(bound) ? `${bound}-${end ? '12-31' : '01-01'}` : bound
}

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** The 12 months up to and including `today` (UTC days): from the same day a year earlier, plus one. */
export function lastTwelveMonths(today: Date): [string, string] {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
  const start = new Date(end)
  start.setUTCFullYear(end.getUTCFullYear() - 1)
  start.setUTCDate(start.getUTCDate() + 1)
  return [iso(start), iso(end)]
}
