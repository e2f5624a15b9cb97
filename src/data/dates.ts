// ISO day strings stay strings at the boundary; the index gives each event its UTC
// midnight in ms. All formatting is in UTC so a reader in any time zone sees the same day.

const long = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const short = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "7 October 2024". */
export function formatLongDate(time: number): string {
  return long.format(time)
}

const shortByDay = new Map<number, string>()

/** One day in ms (UTC days have no leap seconds in JavaScript time). */
export const DAY_MS = 86_400_000

/** Midnight UTC of an ISO day "YYYY-MM-DD", in ms: the one place an ISO day becomes a time. */
export function dayTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/** "7 Oct 2024" (cached per day: the axis asks every frame of a zoom). */
export function formatShortDate(time: number): string {
  const day = Math.floor(time / DAY_MS)
  let s = shortByDay.get(day)
  if (s === undefined) shortByDay.set(day, (s = short.format(day * DAY_MS)))
  return s
}

/** "3 Aug 2021 – 9 Sep 2022", or one date when both ends fall on the same day. */
export function formatRange(start: number, end: number): string {
  return start === end ? formatShortDate(start) : `${formatShortDate(start)} – ${formatShortDate(end)}`
}
