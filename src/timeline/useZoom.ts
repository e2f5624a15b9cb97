import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ZoomController } from './attachZoom.ts'
import { IDENTITY, type ViewTransform } from './viewTransform.ts'

export type ZoomApi = {
  /**
   * The transform as React last rendered it: the same as `settled`, except that a gesture's
   * frames do not pass through React (they are too many); `subscribe` hears those.
   */
  transform: ViewTransform
  /** Calls `fn` with the transform of every frame (gestures included); returns the unsubscribe. */
  subscribe: (fn: (t: ViewTransform) => void) => () => void
  /** The transform now, read outside React. */
  current: () => ViewTransform
  /**
   * The transform once a pointer gesture has rested (`SETTLE_MS` after its last step); the
   * same as `transform` for a step from a button, a key or a link.
   */
  settled: ViewTransform
  /** True while a pointer gesture (wheel, drag, pinch, the overview's brush) moves the view. */
  live: boolean
  /** False until d3-zoom has loaded (a few ms after the first render). */
  ready: boolean
  zoomBy: (factor: number) => void
  reset: () => void
  /** Zooms so that pixels [x0, x1] of the unzoomed axis fill the view (at least to zoom `minK`). */
  zoomToSpan: (x0: number, x1: number, minK?: number) => void
  /** Zooms and pans so that unzoomed px [u0, u1] fill the plot; `gesture` when a pointer drives it. */
  showRange: (u0: number, u1: number, pad: number, gesture?: boolean) => void
  /** Pans (keeping the zoom) so that unzoomed pixel x sits in the middle. */
  centreOn: (x: number) => void
}

/** How long after its last step a gesture counts as over. */
export const SETTLE_MS = 150

/**
 * Zoom state in React; d3-zoom (loaded lazily) drives it from the pointer and the buttons.
 * Attached to the axis's box, so it hears the pointer whatever layer is under it.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  width: number,
  height: number,
  maxScale: number,
): ZoomApi {
  const [state, setState] = useState({ settled: IDENTITY, live: false })
  const [controller, setController] = useState<ZoomController | null>(null)
  const options = useRef({ width, height, maxScale })
  const now = useRef<ViewTransform>(IDENTITY)
  const listeners = useRef(new Set<(t: ViewTransform) => void>())

  useEffect(() => {
    options.current = { width, height, maxScale }
    controller?.update(options.current)
  }, [controller, width, height, maxScale])

  useEffect(() => {
    const el = ref.current
    if (!el) return
    let mounted = true
    let attached: ZoomController | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let live = false
    // The view rests at `t`: React hears where (once per gesture, not every frame: even an
    // update that changes nothing costs React a pass).
    const rest = (t: ViewTransform) => {
      clearTimeout(timer)
      live = false
      setState({ settled: t, live: false })
    }
    const onZoom = (t: ViewTransform, byPointer: boolean) => {
      now.current = t
      for (const fn of listeners.current) fn(t)
      if (!byPointer) return rest(t)
      // A gesture: React hears that it started, and where it ended once it rests.
      clearTimeout(timer)
      if (!live) {
        live = true
        setState((s) => ({ ...s, live: true }))
      }
      timer = setTimeout(() => rest(now.current), SETTLE_MS)
    }
    // A drag has ended (the button is up): it rests now.
    const onRest = () => {
      if (live) rest(now.current)
    }
    void import('./attachZoom.ts').then(({ attachZoom }) => {
      if (!mounted) return
      attached = attachZoom(el, onZoom, options.current, onRest)
      setController(attached)
    })
    return () => {
      mounted = false
      clearTimeout(timer)
      attached?.detach()
    }
  }, [ref])

  // Stable functions, so memoised layers that take them do not re-render on every frame.
  const api = useMemo(
    () => ({
      zoomBy: (f: number) => controller?.zoomBy(f),
      reset: () => controller?.reset(),
      zoomToSpan: (x0: number, x1: number, minK?: number) => controller?.zoomToSpan(x0, x1, minK),
      // A gesture (the overview's brush dragged) travels with the step it makes, to the frame
      // that hands it on: React hears it once, as it hears the wheel.
      showRange: (u0: number, u1: number, pad: number, gesture = false) =>
        controller?.showRange(u0, u1, pad, gesture),
      centreOn: (x: number) => controller?.centreOn(x),
    }),
    [controller],
  )
  const subscribe = useMemo(
    () => (fn: (t: ViewTransform) => void) => {
      listeners.current.add(fn)
      return () => void listeners.current.delete(fn)
    },
    [],
  )
  const current = useMemo(() => () => now.current, [])
  return { transform: state.settled, ...state, subscribe, current, ready: controller !== null, ...api }
}
