import { dayTime, formatLongDate } from '../data/dates.ts'
import type { Event } from '../data/schema.ts'

export const SITE_NAME = 'Pyongyang–Moscow Timeline'

/**
 * A citation of the event as this timeline records it: publisher, date, our title, the
 * event's address and the day it was accessed, then the sources it rests on.
 */
export function citation(e: Event, pageUrl: string, accessed: Date): string {
  const day = dayTime(e.date)
  const today = Date.UTC(accessed.getUTCFullYear(), accessed.getUTCMonth(), accessed.getUTCDate())
  const sources = e.sources.map((s) => (s.url ? `${s.publisher}, ${s.url}` : s.publisher)).join('; ')
  return `${SITE_NAME}, ${formatLongDate(day)}: “${e.title}”. ${pageUrl} (accessed ${formatLongDate(today)}). Sources: ${sources}.`
}
