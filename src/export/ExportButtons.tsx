import { useState } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { t } from '../i18n/i18n.ts'

type ExportButtonsProps = {
  events: readonly IndexEvent[]
  corpus: CorpusIndex
  /** Years with no message found, shown: the CSV lists them as absences. */
  silences: readonly Silence[]
}
export type Format = 'csv' | 'json' | 'timelinejs'

const FORMATS: readonly Format[] = ['csv', 'json', 'timelinejs']

/** Each button's words, in the page's language. */
function label(format: Format): string {
  if (format === 'csv') return t('export.csv')
  if (format === 'json') return t('export.json')
  return t('export.timelinejs')
}

const button =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-blue-700'

/** Downloads the events the filters leave; the export code and full records load on first use (download.ts). */
export function ExportButtons({ events, corpus, silences }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Format | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: Format) => {
    setBusy(format)
    setError(null)
    try {
      const { download } = await import('./download.ts')
      await download(format, events, corpus, silences)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div
      role="group"
      aria-label={t('export.group', { count: events.length })}
      className="flex flex-wrap items-center gap-1"
    >
      {FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          className={button}
          disabled={busy !== null || events.length === 0}
          onClick={() => void run(f)}
        >
          {busy === f ? t('export.preparing') : label(f)}
        </button>
      ))}
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </div>
  )
}
