import { useEffect } from 'react'
import { dialogOpen, isTyping } from '../ui/isTyping.ts'
import type { ZoomApi } from './useZoom.ts'
import { useLatest } from '../ui/useLatest.ts'

/** + / = zoom in, − / - zoom out, 0 shows the whole range: from anywhere on the page, never while typing. */
export function useZoomKeys(zoom: ZoomApi) {
  const latest = useLatest(zoom)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e) || dialogOpen()) return
      const z = latest.current
      if (e.key === '+' || e.key === '=') z.zoomBy(2)
      else if (e.key === '-' || e.key === '−') z.zoomBy(0.5)
      else if (e.key === '0') z.reset()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [latest])
}
