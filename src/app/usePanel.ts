import { useCallback, useRef } from 'react'
import type { UpdateMode } from './useViewState.ts'
import type { ViewState } from './urlState.ts'

/**
 * Opening and closing the panel: the open event lives in the address; focus goes back where
 * it came from when the panel closes (or to the event's mark, if that control is gone).
 */
export function usePanel(
  eventId: string | null,
  update: (change: Partial<ViewState>, mode?: UpdateMode) => void,
) {
  const opener = useRef<HTMLElement | SVGElement | null>(null)
  const open = useCallback(
    (id: string) => {
      const active = document.activeElement
      // Marks on the axis are SVG elements: focusable too.
      if (!eventId)
        opener.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null
      update({ eventId: id })
    },
    [update, eventId],
  )
  const close = useCallback(() => {
    const id = eventId
    update({ eventId: null })
    requestAnimationFrame(() => {
      const back = opener.current?.isConnected
        ? opener.current
        : document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id ?? '')}"]`)
      back?.focus()
      opener.current = null
    })
  }, [update, eventId])
  return { open, close }
}
