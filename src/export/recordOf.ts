import type { IndexEvent } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'

/** The event's full record, or an error naming it when the records do not hold it. */
export function recordOf(e: IndexEvent, records: ReadonlyMap<string, Event>): Event {
  const r = records.get(e.id)
  if (!r) throw new Error(t('export.missingRecord', { id: e.id }))
  return r
}
