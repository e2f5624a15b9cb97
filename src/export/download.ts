import { siteRoot } from '../data/appRoot.ts'
import { fetchRecords } from '../data/corpus.ts'
import { CORPUS_PATHS } from '../data/corpusPaths.ts'
import type { CorpusIndex, IndexEvent, WireIndex } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { saveFile } from '../ui/saveFile.ts'
import type { Format } from './ExportButtons.tsx'
import { exportFile } from './exportFiles.ts'

// What an export button does, loaded on its first click.

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

/** Writes the events in `format` and offers the file as a download. */
export async function download(
  format: Format,
  events: readonly IndexEvent[],
  corpus: CorpusIndex,
  silences: readonly Silence[],
): Promise<void> {
  const [records, names] = await Promise.all([fetchRecords(), format === 'csv' ? inEnglish(corpus) : corpus])
  const file = exportFile(format, events, records, names, silences)
  saveFile(new Blob([file.content], { type: file.type }), file.name)
}
