import type { MouseEvent } from 'react'

/** A click the app may take over: the main button, no modifier (those open new tabs and windows). */
export function isPlainClick(e: MouseEvent<HTMLElement>): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey
}
