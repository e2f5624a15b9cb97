import { useState } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'

type ExportButtonsProps = {
  events: readonly IndexEvent[]
  corpus: CorpusIndex
  /** Years with no message found, shown: the CSV lists them as absences. */
  silences: readonly Silence[]
}
type Format = 'csv' | 'json' | 'timelinejs'

const LABEL: Record<Format, string> = {
  csv: 'Export CSV',
  json: 'Export JSON',
  timelinejs: 'Export TimelineJS',
}
const button =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-blue-700'

/** Downloads the events the filters leave; the export code and full records load on first use. */
export function ExportButtons({ events, corpus, silences }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Format | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: Format) => {
    setBusy(format)
    setError(null)
    try {
      const [{ exportFile }, records] = await Promise.all([import('./exportFiles.ts'), fetchRecords()])
      const file = exportFile(format, events, records, corpus, silences)
      const url = URL.createObjectURL(new Blob([file.content], { type: file.type }))
      const a = document.createElement('a')
      a.href = url
      a.download = file.name
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div
      role="group"
      aria-label={`Export the ${events.length} events shown`}
      className="flex flex-wrap items-center gap-1"
    >
      {(Object.keys(LABEL) as Format[]).map((f) => (
        <button
          key={f}
          type="button"
          className={button}
          disabled={busy !== null || events.length === 0}
          onClick={() => void run(f)}
        >
          {busy === f ? 'Preparing…' : LABEL[f]}
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
