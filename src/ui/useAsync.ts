import { useCallback, useEffect, useState } from 'react'
import { useLatest } from './useLatest.ts'

/** What a load has come to: still loading, its value, or why it failed in words. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * Runs `load` when `key` changes and reports its outcome; `retry` runs it again. A result that
 * arrives after the key moved on is dropped, so an old answer never shows under a new key.
 */
export function useAsync<T>(
  key: string,
  load: () => Promise<T>,
): { state: AsyncState<T>; retry: () => void } {
  const [result, setResult] = useState<{ run: string; state: AsyncState<T> } | null>(null)
  const [attempt, setAttempt] = useState(0)
  const latest = useLatest(load)
  // Each attempt at each key is a run of its own: a retry starts a new one.
  const run = `${attempt}:${key}`
  useEffect(() => {
    let live = true
    latest.current().then(
      (value) => live && setResult({ run, state: { status: 'ready', value } }),
      (e: unknown) => live && setResult({ run, state: { status: 'error', message: messageOf(e) } }),
    )
    return () => {
      live = false
    }
  }, [run, latest])
  const retry = useCallback(() => setAttempt((a) => a + 1), [])
  return { state: result?.run === run ? result.state : { status: 'loading' }, retry }
}
