import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ZoomController } from './attachZoom.ts'
import { IDENTITY, type ViewTransform } from './viewTransform.ts'

export type ZoomApi = {
  transform: ViewTransform
  /** False until d3-zoom has loaded (a few ms after the first render). */
  ready: boolean
  zoomBy: (factor: number) => void
  reset: () => void
  /** Zooms so that pixels [x0, x1] of the unzoomed axis fill the view. */
  zoomToSpan: (x0: number, x1: number) => void
  /** Zooms and pans so that unzoomed px [u0, u1] fill the plot (`pad` px in from each edge). */
  showRange: (u0: number, u1: number, pad: number) => void
  /** Pans (keeping the zoom) so that unzoomed pixel x sits in the middle. */
  centreOn: (x: number) => void
}

/** Zoom state in React; d3-zoom (loaded lazily) drives it from the pointer and the buttons. */
export function useZoom(
  ref: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
  maxScale: number,
): ZoomApi {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY)
  const [controller, setController] = useState<ZoomController | null>(null)
  const options = useRef({ width, height, maxScale })

  useEffect(() => {
    options.current = { width, height, maxScale }
    controller?.update(options.current)
  }, [controller, width, height, maxScale])

  useEffect(() => {
    const svg = ref.current
    if (!svg) return
    let live = true
    let attached: ZoomController | null = null
    void import('./attachZoom.ts').then(({ attachZoom }) => {
      if (!live) return
      attached = attachZoom(svg, setTransform, options.current)
      setController(attached)
    })
    return () => {
      live = false
      attached?.detach()
    }
  }, [ref])

  // Stable functions, so memoised layers that take them do not re-render on every frame.
  const api = useMemo(
    () => ({
      zoomBy: (f: number) => controller?.zoomBy(f),
      reset: () => controller?.reset(),
      zoomToSpan: (x0: number, x1: number) => controller?.zoomToSpan(x0, x1),
      showRange: (u0: number, u1: number, pad: number) => controller?.showRange(u0, u1, pad),
      centreOn: (x: number) => controller?.centreOn(x),
    }),
    [controller],
  )
  return { transform, ready: controller !== null, ...api }
}
