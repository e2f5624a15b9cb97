import { startTransition, useCallback, useEffect, useState } from 'react'
import { useLatest } from './useLatest.ts'

/** What a load has come to: not wanted, still loading, its value, or why it failed in words. */
export type AsyncState<T> =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string }

type Options<T> = {
  /** A value already at hand for this key (a cache): ready at once, nothing loaded. */
  cached?: T
  /** Hand the value over in a transition, so a large render does not block input. */
  transition?: boolean
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * Runs `load` for `key` (null: nothing wanted) and reports its outcome; `retry` runs it again,
 * with `fresh` true (skip the HTTP cache). A result that arrives after the key moved on is
 * dropped, so an old answer never shows under a new key; coming back to a key already loaded
 * shows its value at once.
 */
export function useAsync<T>(
  key: string | null,
  load: (fresh: boolean) => Promise<T>,
  { cached, transition = false }: Options<T> = {},
): { state: AsyncState<T>; retry: () => void } {
  const [result, setResult] = useState<{ run: string; state: AsyncState<T> } | null>(null)
  const [attempt, setAttempt] = useState(0)
  const latest = useLatest(load)
  // Each attempt at each key is a run of its own: a retry starts a new one.
  const run = key === null || cached !== undefined ? null : `${attempt}:${key}`
  const done = result?.run === run && result.state.status === 'ready'
  useEffect(() => {
    if (run === null || done) return
    let live = true
    const report = (state: AsyncState<T>) => {
      if (!live) return
      if (transition && state.status === 'ready') startTransition(() => setResult({ run, state }))
      else setResult({ run, state })
    }
    latest.current(attempt > 0).then(
      (value) => report({ status: 'ready', value }),
      (e: unknown) => report({ status: 'error', message: messageOf(e) }),
    )
    return () => {
      live = false
    }
  }, [run, done, latest, attempt, transition])
  const retry = useCallback(() => setAttempt((a) => a + 1), [])
  if (key === null) return { state: { status: 'off' }, retry }
  if (cached !== undefined) return { state: { status: 'ready', value: cached }, retry }
  return { state: result?.run === run ? result.state : { status: 'loading' }, retry }
}
