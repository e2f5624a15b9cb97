import { useEffect } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import { dialogOpen, isTyping } from '../ui/isTyping.ts'
import { useLatest } from '../ui/useLatest.ts'

type ShortcutOptions = {
  /** The events the filters leave, in time order. */
  shown: readonly IndexEvent[]
  /** Position of the open event in `shown`, or -1. */
  position: number
  panelOpen: boolean
  onOpen: (id: string) => void
  onClose: () => void
  onHelp: () => void
  /** Puts the focus in the search box. */
  onSearch: () => void
}

/**
 * The page's keys (the zoom keys live with the timeline): ← → previous / next event, Home /
 * End first / last, / search, Esc close, ? the list of shortcuts. Never while typing.
 */
export function useShortcuts(options: ShortcutOptions) {
  const latest = useLatest(options)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A modal dialog (the shortcut list) has the keys to itself.
      if (e.defaultPrevented || isTyping(e) || dialogOpen()) return
      const { shown, position, panelOpen, onOpen, onClose, onHelp, onSearch } = latest.current
      const go = (i: number) => {
        const target = shown[Math.max(0, Math.min(shown.length - 1, i))]
        if (!target) return
        e.preventDefault()
        onOpen(target.id)
      }
      if (e.key === 'ArrowRight') go(position < 0 ? 0 : position + 1)
      else if (e.key === 'ArrowLeft') go(position < 0 ? shown.length - 1 : position - 1)
      else if (e.key === 'Home') go(0)
      else if (e.key === 'End') go(shown.length - 1)
      else if (e.key === '/') {
        e.preventDefault()
        onSearch()
      } else if (e.key === '?') {
        e.preventDefault()
        onHelp()
      } else if (e.key === 'Escape' && panelOpen) onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [latest])
}
