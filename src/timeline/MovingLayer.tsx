import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { isViewOnly, nextRegion, widened, type Region } from './movingRegion.ts'
import { paint, type Content } from './paintRegion.ts'
import { useInk } from './useInk.ts'
import type { ZoomApi } from './useZoom.ts'
import type { ViewTransform } from './viewTransform.ts'

type MovingLayerProps = Omit<Content, 'ink'> & {
  /** Every frame's transform, outside React. */
  zoom: Pick<ZoomApi, 'subscribe' | 'current'>
  /** False until the page runs past hydration: the first drawing waits for the real font's labels. */
  ready: boolean
  /** Told once the canvas has drawn, so the controls over it can hide their own shapes. */
  onDrawn: () => void
}

/**
 * Eras, ticks and marks on one canvas three views wide, moved by a compositor transform. A pan
 * only shifts it until the view leaves what was drawn; a zoom redraws just the view. Frames
 * come straight from d3-zoom (no React render per frame). An SVG element per mark costs
 * several times more a frame at 100,000 events, and SVG ticks a style, layout and paint pass.
 * Keyboard and screen-reader users reach the marks through the controls above.
 */
/** requestIdleCallback where there is one (not in Safari), else a timer. */
const whenIdle = (fn: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: 1000 })
    : Number(setTimeout(fn, 200))
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id)

/** How long the view rests before what was drawn of it alone is widened (a gesture's steps come faster). */
const REST_MS = 200

export function MovingLayer({ zoom, onDrawn, ready, ...props }: MovingLayerProps) {
  const layerRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const zoomCanvasRef = useRef<HTMLCanvasElement>(null)
  const ink = useInk()
  const { viewAt, width, height, top, eras, inkOf, selected, silences, silenceAt } = props
  // A new object whenever something other than the zoom and pan needs a redraw.
  const content = useMemo<Content>(
    () => ({ viewAt, width, height, top, eras, inkOf, selected, silences, silenceAt, ink }),
    [viewAt, width, height, top, eras, inkOf, selected, silences, silenceAt, ink],
  )
  const latest = useRef({ content, onDrawn })
  const region = useRef<Region | null>(null)
  const cleared = useRef({ width: 0, height: 0, from: 0, to: 0 })
  const zoomCleared = useRef({ width: 0, height: 0, from: 0, to: 0 })
  const told = useRef(false)

  // Draws `next` on the canvas it needs: the view alone on the canvas one view wide (what
  // the compositor copies each frame is then a third of the size), three widths on the wide one.
  const show = useCallback((next: Region, t: ViewTransform) => {
    const { content: c, onDrawn: drawn } = latest.current
    const canvas = canvasRef.current
    const zoomCanvas = zoomCanvasRef.current
    const layer = layerRef.current
    if (!canvas || !zoomCanvas || !layer) return
    if (next !== region.current) {
      region.current = next
      const viewOnly = isViewOnly(next, c.width)
      if (viewOnly) paint(zoomCanvas, c.width, next, c, zoomCleared.current)
      else paint(canvas, 0, next, c, cleared.current)
      zoomCanvas.style.display = viewOnly ? '' : 'none'
      canvas.style.display = viewOnly ? 'none' : ''
      if (!told.current) {
        told.current = true
        drawn()
      }
    }
    layer.style.transform = `translate3d(${t.x - next.tx - c.width}px,0,0)`
    // The pan now, beside what was drawn (a property, not a DOM change): tests and devtools read both.
    ;(layer as HTMLDivElement & { viewTx?: number }).viewTx = t.x
  }, [])

  const widen = useRef({ rest: 0, idle: 0 })
  const stopWidening = useCallback(() => {
    clearTimeout(widen.current.rest)
    cancelIdle(widen.current.idle)
  }, [])
  const draw = useCallback(
    (t: ViewTransform) => {
      const c = latest.current.content
      if (c.width <= 0) return
      const next = nextRegion(region.current, t.k, t.x, c.width, c)
      show(next, t)
      // A view drawn alone is widened to three views once the view has rested a moment and
      // the page is idle, so a pan finds it drawn. Not between the steps of a gesture: a
      // wheel spun or a pinch draws a view each frame, and a widening between two of them
      // would triple the work of the next. A newer drawing cancels it.
      stopWidening()
      if (isViewOnly(next, c.width))
        widen.current.rest = Number(
          setTimeout(() => {
            widen.current.idle = whenIdle(() => {
              if (region.current === next) show(widened(next, c.width), t)
            })
          }, REST_MS),
        )
    },
    [show, stopWidening],
  )

  const { subscribe, current } = zoom
  useLayoutEffect(() => {
    latest.current = { content, onDrawn }
    // The first drawing waits for a task of its own, after the page has woken up: until then
    // the controls over the canvas show the marks (the prerendered page's), so nothing is missing.
    if (!told.current) {
      if (!ready) return
      const id = setTimeout(() => draw(current()))
      return () => clearTimeout(id)
    }
    draw(current())
  })
  useEffect(() => subscribe(draw), [subscribe, draw])
  useEffect(() => stopWidening, [stopWidening])

  return (
    <div
      ref={layerRef}
      className="pointer-events-none absolute top-0 left-0 will-change-transform"
      style={{ width: 3 * width, height }}
      data-testid="moving-layer"
    >
      <canvas
        ref={canvasRef}
        aria-hidden
        className="absolute top-0 left-0"
        style={{ width: 3 * width, height }}
        data-testid="marks-canvas"
      />
      <canvas
        ref={zoomCanvasRef}
        aria-hidden
        className="absolute top-0"
        style={{ left: width, width, height, display: 'none' }}
        data-testid="zoom-canvas"
      />
    </div>
  )
}
