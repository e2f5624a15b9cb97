// ISO day strings stay strings at the boundary; the index gives each event its UTC
// midnight in ms. Dates are written in the page's language, in UTC (src/i18n/format.ts).

export { formatLongDate, formatRange, formatShortDate } from '../i18n/format.ts'

/** One day in ms (UTC days have no leap seconds in JavaScript time). */
export const DAY_MS = 86_400_000

/** Midnight UTC of an ISO day "YYYY-MM-DD", in ms: the one place an ISO day becomes a time. */
export function dayTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}
