import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { eventWords } from '../data/localize.ts'
import type { Event } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'
import { isHttpUrl } from '../data/urls.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'
import { escapeHtml } from '../ui/html.ts'
import { LANE_LABEL } from '../ui/labels.ts'

import { recordOf } from './recordOf.ts'
import { toCsv } from './csv.ts'

export type ExportFile = { name: string; type: string; content: string }

// ---- JSON (our schema) ----

/** The events as records in our schema (data/schema/event.schema.json), one array. */
export function toJson(events: readonly IndexEvent[], records: ReadonlyMap<string, Event>): string {
  return `${JSON.stringify(
    events.map((e) => recordOf(e, records)),
    null,
    2,
  )}\n`
}

// ---- TimelineJS3 ----

export type TimelineJsEvent = {
  unique_id: string
  start_date: { year: number; month: number; day: number }
  text: { headline: string; text: string }
  group: string
}

/**
 * TimelineJS3's JSON format: one event per record, grouped by lane, dated to the day. A
 * presentation, so in the page's language (`lang`): titles and summaries where translated
 * (else English), the lanes' names and "Sources:"; publishers stay as they are.
 */
export function toTimelineJs(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  lang: Lang = currentLang(),
): string {
  const out: TimelineJsEvent[] = events.map((e) => {
    const r = recordOf(e, records)
    const words = eventWords(r, lang)
    const [year, month, day] = r.date.split('-').map(Number)
    const sources = r.sources
      .map((s) => {
        // TimelineJS renders `text` fields as HTML: our text goes in escaped, never as markup.
        const href = isHttpUrl(s.url) ? s.url : undefined
        return href
          ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>`
          : escapeHtml(s.publisher)
      })
      .join(', ')
    return {
      unique_id: r.id,
      start_date: { year, month, day },
      text: {
        headline: escapeHtml(words.title),
        text: `<p>${escapeHtml(words.summary)}</p><p>${escapeHtml(t('export.sources'))} ${sources}</p>`,
      },
      group: LANE_LABEL[e.lane],
    }
  })
  return `${JSON.stringify({ events: out }, null, 2)}\n`
}

/** The file for one format, named after the corpus and the number of events. */
export function exportFile(
  format: 'csv' | 'json' | 'timelinejs',
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  corpus: CorpusIndex,
  silences: readonly Silence[] = [],
): ExportFile {
  const base = `pyongyang-moscow-${events.length}-events`
  if (format === 'csv')
    return {
      name: `${base}.csv`,
      type: 'text/csv;charset=utf-8',
      content: toCsv(events, records, corpus, silences),
    }
  if (format === 'json')
    return { name: `${base}.json`, type: 'application/json', content: toJson(events, records) }
  return { name: `${base}.timelinejs.json`, type: 'application/json', content: toTimelineJs(events, records) }
}
