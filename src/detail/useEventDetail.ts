import { useEffect, useState } from 'react'
import { fetchEvent } from '../data/corpus.ts'
import type { Event } from '../data/schema.ts'

export type DetailState =
  { status: 'loading' } | { status: 'ready'; event: Event } | { status: 'error'; message: string }

type Result = { id: string; state: DetailState }

const cache = new Map<string, Event>()

/** Fetches one event, caching it, and reports the outcome as a detail state. */
function load(id: string, report: (r: Result) => void) {
  fetchEvent(id).then(
    (event) => {
      cache.set(id, event)
      report({ id, state: { status: 'ready', event } })
    },
    (e: unknown) =>
      report({ id, state: { status: 'error', message: e instanceof Error ? e.message : String(e) } }),
  )
}

/** Loads one event's full record when its panel opens; `retry` after a failure. */
export function useEventDetail(id: string): { state: DetailState; retry: () => void } {
  const [result, setResult] = useState<Result | null>(null)

  useEffect(() => {
    if (cache.has(id)) return
    let live = true
    load(id, (r) => live && setResult(r))
    return () => {
      live = false
    }
  }, [id])

  const retry = () => {
    setResult({ id, state: { status: 'loading' } })
    load(id, setResult)
  }
  const cached = cache.get(id)
  // A result left over from another id must never show under this title.
  const state: DetailState = cached
    ? { status: 'ready', event: cached }
    : result?.id === id
      ? result.state
      : { status: 'loading' }
  return { state, retry }
}
