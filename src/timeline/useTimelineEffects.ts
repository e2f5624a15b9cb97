import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { TimeScale } from './timeScale.ts'
import type { ZoomApi } from './useZoom.ts'
import { useLatest } from '../ui/useLatest.ts'

/** Tells `onSettled` the visible range once zooming or panning has rested for `ms`. */
export function useSettledRange(
  t0: number,
  t1: number,
  onSettled: (t0: number, t1: number) => void,
  ms = 150,
) {
  useEffect(() => {
    const id = setTimeout(() => onSettled(t0, t1), ms)
    return () => clearTimeout(id)
  }, [t0, t1, onSettled, ms])
}

/**
 * Brings the open event into view when it was chosen elsewhere (list, link, previous / next).
 * Only a change of selection pans, so the rest is read from a ref, not listed as deps.
 */
export function useFollowSelection(
  selectedTime: number | undefined,
  view: { x: TimeScale; base: TimeScale; zoom: ZoomApi; width: number; pad: number },
) {
  const latest = useLatest(view)
  const ready = view.zoom.ready
  useEffect(() => {
    const { x, base, zoom, width, pad } = latest.current
    if (selectedTime === undefined || width <= 0 || !ready) return
    const sx = x(selectedTime)
    if (sx < pad || sx > width - pad) zoom.centreOn(base(selectedTime))
  }, [selectedTime, ready, latest])
}

/** Marks the first paint that shows the real layout (`name`), for the benchmark and field timing. */
export function usePaintMark(name: string, drawn: boolean) {
  useEffect(() => {
    if (!drawn) return
    requestAnimationFrame(() => setTimeout(() => performance.mark(name)))
  }, [drawn, name])
}

/**
 * The controls over the canvas leave the page while a gesture moves it, taking focus with
 * them: give it back to the same mark (or the nearest thing named like it) when they return.
 */
export function useKeepFocus(live: boolean, controls: RefObject<Element | null>) {
  const focused = useRef<string | null>(null)
  useLayoutEffect(() => {
    const root = controls.current
    if (live) {
      const active = document.activeElement
      focused.current = active && root?.contains(active) ? active.getAttribute('aria-label') : null
      return
    }
    const name = focused.current
    focused.current = null
    if (!name || !root) return
    for (const el of root.querySelectorAll<SVGElement>('[role="button"]'))
      if (el.getAttribute('aria-label') === name) return el.focus({ preventScroll: true })
  }, [live, controls])
}
