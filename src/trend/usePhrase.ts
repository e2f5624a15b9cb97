import { useMemo } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import type { IndexEvent } from '../data/indexFormat.ts'
import { currentLang } from '../i18n/i18n.ts'
import { useAsync } from '../ui/useAsync.ts'

// The records and the matching code load together, once a phrase is asked for.
const loadPhraseData = () =>
  Promise.all([fetchRecords(), import('./phraseMatches.ts')]).then(([records, m]) => ({
    records,
    phraseMatches: m.phraseMatches,
  }))

export type PhraseState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; matches: Set<number> }

/** The events containing `phrase`, once the full records have loaded; off for no phrase. */
export function usePhrase(events: readonly IndexEvent[], phrase: string): PhraseState {
  const wanted = phrase.trim() !== ''
  const { state } = useAsync(wanted ? 'phrase-data' : null, loadPhraseData)
  const data = state.status === 'ready' ? state.value : null
  const matches = useMemo(
    // The page's language's own words count too: a phrase read in the summary is found.
    () => (data ? data.phraseMatches(events, data.records, phrase, currentLang()) : null),
    [data, events, phrase],
  )
  if (state.status === 'off') return state
  if (matches) return { status: 'ready', matches }
  if (state.status === 'error') return state
  return { status: 'loading' }
}
