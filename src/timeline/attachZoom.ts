import { select } from 'd3-selection'
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom'
import type { ViewTransform } from './viewTransform.ts'

export type ZoomOptions = { width: number; height: number; maxScale: number }

export type ZoomController = {
  update: (o: ZoomOptions) => void
  zoomBy: (factor: number) => void
  reset: () => void
  zoomToSpan: (x0: number, x1: number) => void
  showRange: (u0: number, u1: number, pad: number) => void
  centreOn: (x: number) => void
  detach: () => void
}

/**
 * d3-zoom on the SVG: wheel, trackpad, drag, pinch and double-click. It is the only D3 code
 * that touches the DOM; its handler just hands the transform on. Loaded as its own chunk
 * right after the first render, which does not need it.
 */
export function attachZoom(
  svg: SVGSVGElement,
  onZoom: (t: ViewTransform) => void,
  initial: ZoomOptions,
): ZoomController {
  const behaviour = zoom<SVGSVGElement, unknown>()
  const selection = select(svg)
  let opts = initial
  const configure = () => {
    behaviour
      .scaleExtent([1, opts.maxScale])
      .extent([
        [0, 0],
        [opts.width, opts.height],
      ])
      .translateExtent([
        [0, 0],
        [opts.width, opts.height],
      ])
  }
  configure()
  // Several wheel or pointer events can arrive within one frame: render once per frame.
  let pending: ZoomTransform | null = null
  behaviour.on('zoom', (e: { transform: ZoomTransform }) => {
    if (pending === null)
      requestAnimationFrame(() => {
        const t = pending
        pending = null
        if (t) onZoom({ k: t.k, x: t.x })
      })
    pending = e.transform
  })
  selection.call(behaviour)
  return {
    update(o) {
      opts = o
      configure()
      // Re-apply the current transform so it is clamped to the new extent after a resize.
      behaviour.transform(selection, zoomTransform(svg))
    },
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    reset: () => behaviour.transform(selection, zoomIdentity),
    zoomToSpan(x0, x1) {
      const k = Math.min(opts.maxScale, Math.max(1, opts.width / Math.max(x1 - x0, 1)))
      behaviour.transform(
        selection,
        zoomIdentity
          .translate(opts.width / 2, 0)
          .scale(k)
          .translate(-(x0 + x1) / 2, 0),
      )
    },
    showRange(u0, u1, pad) {
      // Unzoomed px u0 and u1 land exactly at the plot's edges (pad from each side of the view).
      const k = Math.min(opts.maxScale, Math.max(1, (opts.width - 2 * pad) / Math.max(u1 - u0, 1e-6)))
      behaviour.transform(selection, zoomIdentity.translate(pad - k * u0, 0).scale(k))
    },
    centreOn: (x) => behaviour.translateTo(selection, x, opts.height / 2),
    detach: () => selection.on('.zoom', null),
  }
}
