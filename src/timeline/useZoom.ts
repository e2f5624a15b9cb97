import { select } from 'd3-selection'
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom'
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'

export type ZoomApi = {
  transform: ZoomTransform
  zoomBy: (factor: number) => void
  reset: () => void
  /** Zooms so that pixels [x0, x1] of the unzoomed axis fill the view. */
  zoomToSpan: (x0: number, x1: number) => void
  /** Pans (keeping the zoom) so that unzoomed pixel x sits in the middle. */
  centreOn: (x: number) => void
}

/**
 * d3-zoom on the SVG: wheel, trackpad, drag, pinch and double-click. It is the only D3 code
 * that touches the DOM; its handler just hands the transform to React state, and the view
 * renders with transform.rescaleX(x). See https://d3js.org/d3-zoom.
 */
export function useZoom(
  ref: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
  maxScale: number,
): ZoomApi {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity)
  const behaviour = useMemo(() => zoom<SVGSVGElement, unknown>(), [])

  useEffect(() => {
    const svg = ref.current
    if (!svg || width <= 0) return
    behaviour
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on('zoom', (e: { transform: ZoomTransform }) => setTransform(e.transform))
    const selection = select(svg)
    selection.call(behaviour)
    // Re-apply the current transform so it is clamped to the new extent after a resize.
    behaviour.transform(selection, selection.property('__zoom') as ZoomTransform)
    return () => {
      selection.on('.zoom', null)
    }
  }, [ref, behaviour, width, height, maxScale])

  const withSelection = useCallback(
    (fn: (s: ReturnType<typeof select<SVGSVGElement, unknown>>) => void) => {
      if (ref.current) fn(select(ref.current))
    },
    [ref],
  )

  return {
    transform,
    zoomBy: (factor) => withSelection((s) => behaviour.scaleBy(s, factor)),
    reset: () => withSelection((s) => behaviour.transform(s, zoomIdentity)),
    zoomToSpan: (x0, x1) =>
      withSelection((s) => {
        const k = Math.min(maxScale, Math.max(1, width / Math.max(x1 - x0, 1)))
        behaviour.transform(
          s,
          zoomIdentity
            .translate(width / 2, 0)
            .scale(k)
            .translate(-(x0 + x1) / 2, 0),
        )
      }),
    centreOn: (x) => withSelection((s) => behaviour.translateTo(s, x, height / 2)),
  }
}
