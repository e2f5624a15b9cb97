import type { Inks, IndexEvent, TimedEra } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { axisTicks } from './axisTicks.ts'
import { drawBackdrop, type EraBand } from './drawBackdrop.ts'
import { drawMarks, drawSilences, fillOf, type DrawMark, type Ink } from './drawMarks.ts'
import { markShape } from './markShape.ts'
import type { Region } from './movingRegion.ts'
import { timeScale } from './timeScale.ts'
import { CLUSTER_R, MARK_R, visibleMarks, type MarkView } from './visibleMarks.ts'

/** What a drawing of the moving layer needs, besides the region: MovingLayer's props and the ink. */
export type Content = {
  /** The marks' layout and scales at a zoom factor (cached per zoom level). */
  viewAt: (k: number) => MarkView
  width: number
  height: number
  /** Where the lanes begin (the tick band is above). */
  top: number
  eras: readonly TimedEra[]
  /** An occasion's inks (null: a cluster of several occasions). */
  inkOf: (occasion: string | null) => Inks
  selected: IndexEvent | undefined
  /** Years with no message where one was usual, drawn as quiet rings. */
  silences: readonly Silence[]
  /** A silence's centre y. */
  silenceAt: (s: Silence) => number
  ink: Ink
}

/** Marks this far left of a drawn stretch still count: their labels reach into it. */
const LABEL_MARGIN_PX = 480

/** Draws a region's stretch (eras, ticks, marks and labels) on a canvas whose left edge is at `origin` of the layer. */
export function paint(
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
  const [d0, d1] = view.base.domain()
  drawBackdrop(g, {
    ticks,
    eras: bands,
    top,
    height,
    from: region.from,
    to: region.to,
    left: local(d0),
    right: local(d1),
    ink,
  })

  const { selected, inkOf } = c
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
      inks: inkOf(item.occasion),
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
      return [{ x: u + offset, y: c.silenceAt(s), colour: fillOf(inkOf(s.occasion), ink.theme) }]
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
