import { useEffect, useMemo, useState } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import type { IndexEvent } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'
import { phraseMatches } from './phraseMatches.ts'

export type PhraseState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; matches: Set<number> }

/** The events containing `phrase`, once the full records have loaded; off for no phrase. */
export function usePhrase(events: readonly IndexEvent[], phrase: string): PhraseState {
  const [records, setRecords] = useState<ReadonlyMap<string, Event> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const wanted = phrase.trim() !== ''
  useEffect(() => {
    if (!wanted || records) return
    let live = true
    fetchRecords().then(
      (r) => live && setRecords(r),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [wanted, records])
  const matches = useMemo(
    () => (records && wanted ? phraseMatches(events, records, phrase) : null),
    [records, wanted, events, phrase],
  )
  if (!wanted) return { status: 'off' }
  if (matches) return { status: 'ready', matches }
  if (error) return { status: 'error', message: error }
  return { status: 'loading' }
}
