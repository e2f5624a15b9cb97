import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import type { TimedEra } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'
import { axisTicks } from './axisTicks.ts'
import { drawBackdrop, type EraBand } from './drawBackdrop.ts'
import { drawMarks, drawSilences, type DrawMark, type Ink } from './drawMarks.ts'
import { markShape } from './markShape.ts'
import { nextRegion, type Region } from './movingRegion.ts'
import { timeScale } from './timeScale.ts'
import { useInk } from './useInk.ts'
import type { ZoomApi } from './useZoom.ts'
import type { ViewTransform } from './viewTransform.ts'
import { CLUSTER_R, MARK_R, visibleMarks, type MarkView } from './visibleMarks.ts'

type MovingLayerProps = {
  /** The marks' layout and scales at a zoom factor (cached per zoom level). */
  viewAt: (k: number) => MarkView
  /** Every frame's transform, outside React. */
  zoom: Pick<ZoomApi, 'subscribe' | 'current'>
  width: number
  height: number
  /** Where the lanes begin (the tick band is above). */
  top: number
  eras: readonly TimedEra[]
  occasionById: ReadonlyMap<string, Occasion>
  selected: IndexEvent | undefined
  /** Years with no message where one was usual, drawn as quiet rings. */
  silences: readonly Silence[]
  /** A silence's centre y. */
  silenceAt: (s: Silence) => number
  /** Told once the canvas has drawn, so the controls over it can hide their own shapes. */
  onDrawn: () => void
}

const MULTI = '#475569'
/** Marks this far left of a drawn stretch still count: their labels reach into it. */
const LABEL_MARGIN_PX = 480

type Content = Omit<MovingLayerProps, 'zoom' | 'onDrawn'> & { ink: Ink }

/**
 * Eras, ticks and marks on one canvas three views wide, moved by a compositor transform. A pan
 * only shifts it until the view leaves what was drawn; a zoom redraws just the view. Frames
 * come straight from d3-zoom (no React render per frame). An SVG element per mark costs
 * several times more a frame at 100,000 events, and SVG ticks a style, layout and paint pass.
 * Keyboard and screen-reader users reach the marks through the controls above.
 */
export function MovingLayer({ zoom, onDrawn, ...props }: MovingLayerProps) {
  const layerRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const zoomCanvasRef = useRef<HTMLCanvasElement>(null)
  const ink = useInk()
  const { viewAt, width, height, top, eras, occasionById, selected, silences, silenceAt } = props
  // A new object whenever something other than the zoom and pan needs a redraw.
  const content = useMemo<Content>(
    () => ({ viewAt, width, height, top, eras, occasionById, selected, silences, silenceAt, ink }),
    [viewAt, width, height, top, eras, occasionById, selected, silences, silenceAt, ink],
  )
  const latest = useRef({ content, onDrawn })
  const region = useRef<Region | null>(null)
  const cleared = useRef({ width: 0, height: 0, from: 0, to: 0 })
  const zoomCleared = useRef({ width: 0, height: 0, from: 0, to: 0 })
  const told = useRef(false)

  const draw = useCallback((t: ViewTransform) => {
    const { content: c, onDrawn: drawn } = latest.current
    const canvas = canvasRef.current
    const zoomCanvas = zoomCanvasRef.current
    const layer = layerRef.current
    if (!canvas || !zoomCanvas || !layer || c.width <= 0) return
    const next = nextRegion(region.current, t.k, t.x, c.width, c)
    if (next !== region.current) {
      region.current = next
      // A zoom step draws the view on a canvas one view wide: what the compositor copies each
      // frame is then a third of the size. Pans use the wide one.
      const zooming = next.from === c.width && next.to === 2 * c.width
      if (zooming) paint(zoomCanvas, c.width, next, c, zoomCleared.current)
      else paint(canvas, 0, next, c, cleared.current)
      zoomCanvas.style.display = zooming ? '' : 'none'
      canvas.style.display = zooming ? 'none' : ''
      if (!told.current) {
        told.current = true
        drawn()
      }
    }
    layer.style.transform = `translate3d(${t.x - next.tx - c.width}px,0,0)`
    // The pan now, beside what was drawn (a property, not a DOM change): tests and devtools read both.
    ;(layer as HTMLDivElement & { viewTx?: number }).viewTx = t.x
  }, [])

  const { subscribe, current } = zoom
  useLayoutEffect(() => {
    latest.current = { content, onDrawn }
    draw(current())
  })
  useEffect(() => subscribe(draw), [subscribe, draw])

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

/** Draws a region's stretch (eras, ticks, marks and labels) on a canvas whose left edge is at `origin` of the layer. */
function paint(
  canvas: HTMLCanvasElement,
  origin: number,
  region: Region,
  c: Content,
  cleared: { width: number; height: number; from: number; to: number },
) {
  const { width, height, top, ink } = c
  const dpr = window.devicePixelRatio || 1
  const span = origin === 0 ? 3 * width : width
  const w = Math.round(span * dpr)
  const h = Math.round(height * dpr)
  const resized = canvas.width !== w || canvas.height !== h
  if (resized) {
    canvas.width = w
    canvas.height = h
  }
  const g = canvas.getContext('2d', { desynchronized: true })
  if (!g) return
  // The layer's px, shifted to this canvas.
  g.setTransform(dpr, 0, 0, dpr, -origin * dpr, 0)
  // Clear what the last drawing covered (labels reach past its stretch), not all three widths.
  if (resized || cleared.width !== width || cleared.height !== height) g.clearRect(origin, 0, span, height)
  else g.clearRect(cleared.from, 0, cleared.to - cleared.from, height)
  Object.assign(cleared, {
    width,
    height,
    from: Math.max(0, region.from),
    to: Math.min(origin + span, region.to + LABEL_MARGIN_PX),
  })

  const view = c.viewAt(region.k)
  const offset = region.tx + width
  // The layer's own scale: time to its px.
  const at = (px: number) => view.base.invert((px - offset) / region.k)
  const local = timeScale([at(region.from), at(region.to)], [region.from, region.to])
  const ticks = axisTicks(local)
  const bands: EraBand[] = c.eras.map((e) => ({
    id: e.id,
    label: e.label,
    x0: local(e.startTime),
    x1: local(e.endTime),
  }))
  drawBackdrop(g, { ticks, eras: bands, top, height, from: region.from, to: region.to, ink })

  const { selected, occasionById } = c
  const marks: DrawMark[] = []
  // Marks left of the stretch are there for their labels, which reach into it; without one, a
  // mark there is not seen.
  const seenFrom = region.from - offset - CLUSTER_R
  for (const mark of visibleMarks(
    view,
    region.from - offset - LABEL_MARGIN_PX,
    region.to - offset + CLUSTER_R,
  )) {
    if (mark.u < seenFrom && !mark.label) continue
    const { item } = mark
    marks.push({
      mark,
      shape: item.event ? markShape(item.event.kind) : 'cluster',
      colour: (item.occasion ? occasionById.get(item.occasion)?.colour : undefined) ?? MULTI,
      count: item.count,
      selected: item.event
        ? item.event === selected
        : !!selected &&
          selected.lane === item.lane &&
          selected.time >= item.start &&
          selected.time <= item.end,
    })
  }
  const u0 = region.from - offset - CLUSTER_R
  const u1 = region.to - offset + CLUSTER_R
  drawSilences(
    g,
    c.silences.flatMap((s) => {
      const u = region.k * view.base(s.time)
      if (u < u0 || u > u1) return []
      return [{ x: u + offset, y: c.silenceAt(s), colour: occasionById.get(s.occasion)?.colour ?? MULTI }]
    }),
  )
  drawMarks(g, marks, offset, ink, dpr)
  expose(canvas.parentElement ?? canvas, { marks, ticks, bands, offset })
}

type Drawn = { marks: DrawMark[]; ticks: ReturnType<typeof axisTicks>; bands: EraBand[]; offset: number }
const lastDrawn = new WeakMap<Element, Drawn>()

/**
 * What was drawn last, in zoomed px (u), readable on the layer element (no DOM change) as
 * `drawnMarks`, `drawnTicks` and `drawnEras`: for tests and devtools. Getters, so a frame
 * builds nothing for them.
 */
function expose(el: Element, drawn: Drawn) {
  const known = lastDrawn.has(el)
  lastDrawn.set(el, drawn)
  if (known) return
  const now = () => lastDrawn.get(el)!
  Object.defineProperties(el, {
    drawnMarks: {
      get: () =>
        now().marks.map(({ mark }) => ({
          u: mark.u,
          y: mark.y,
          r: mark.item.event ? MARK_R : CLUSTER_R,
          label: mark.label,
          labelWidth: mark.labelWidth,
          id: mark.item.event?.id,
        })),
    },
    drawnTicks: { get: () => now().ticks.map((t) => ({ ...t, x: t.x - now().offset })) },
    drawnEras: {
      get: () => now().bands.map((b) => ({ ...b, x0: b.x0 - now().offset, x1: b.x1 - now().offset })),
    },
  })
}
