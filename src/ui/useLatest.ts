import { useLayoutEffect, useRef } from 'react'

/**
 * A ref that always holds the latest `value`, for callbacks and effects that must not start
 * over when it changes (a handler read inside a long-lived listener).
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
