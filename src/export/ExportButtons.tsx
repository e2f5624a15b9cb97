import { useState } from 'react'
import { siteRoot } from '../data/appRoot.ts'
import { fetchRecords } from '../data/corpus.ts'
import { CORPUS_PATHS } from '../data/corpusPaths.ts'
import type { CorpusIndex, IndexEvent, WireIndex } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { currentLang, t } from '../i18n/i18n.ts'

type ExportButtonsProps = {
  events: readonly IndexEvent[]
  corpus: CorpusIndex
  /** Years with no message found, shown: the CSV lists them as absences. */
  silences: readonly Silence[]
}
type Format = 'csv' | 'json' | 'timelinejs'

const FORMATS: readonly Format[] = ['csv', 'json', 'timelinejs']

/** Each button's words, in the page's language. */
function label(format: Format): string {
  if (format === 'csv') return t('export.csv')
  if (format === 'json') return t('export.json')
  return t('export.timelinejs')
}

const button =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-blue-700'

let englishNames: Promise<Pick<WireIndex, 'occasions' | 'people'>> | undefined

/**
 * The corpus with its occasions and people named in English, as the CSV is written (the same
 * file from every language's page): the page's own on an English page, else those of the
 * English index, loaded once (a failed load is forgotten so the next export retries).
 */
async function inEnglish(corpus: CorpusIndex): Promise<CorpusIndex> {
  if (currentLang() === 'en') return corpus
  englishNames ??= fetch(new URL(CORPUS_PATHS.index('en'), siteRoot()))
    .then((res) => {
      if (!res.ok) throw new Error(String(res.status))
      return res.json() as Promise<WireIndex>
    })
    .then(({ occasions, people }) => ({ occasions, people }))
    .catch(() => {
      englishNames = undefined
      throw new Error(t('export.englishNamesFailed'))
    })
  return { ...corpus, ...(await englishNames) }
}

/** Downloads the events the filters leave; the export code and full records load on first use. */
export function ExportButtons({ events, corpus, silences }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Format | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: Format) => {
    setBusy(format)
    setError(null)
    try {
      const [{ exportFile }, records, names] = await Promise.all([
        import('./exportFiles.ts'),
        fetchRecords(),
        format === 'csv' ? inEnglish(corpus) : corpus,
      ])
      const file = exportFile(format, events, records, names, silences)
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
