// Long by design: the picture's one layout, top to bottom in the order it is drawn (title and
// range, eras, lanes, ticks, marks and their labels, silences, legend, credit); each part
// places itself below the one before, so apart they would pass each other every size.
import type { IndexEvent, Inks, TimedEra } from '../../data/indexFormat.ts'
import type { Silence } from '../../data/silences.ts'
import { axisTicks, labelPlaces } from '../axisTicks.ts'
import type { Ink } from '../drawMarks.ts'
import { fillOf } from '../drawMarks.ts'
import type { LaneGeometry } from '../laneGeometry.ts'
import { markShape, type MarkShape } from '../markShape.ts'
import type { TextStyle } from '../measureLabel.ts'
import { BACKGROUND, CLUSTER, ERA, LABEL, LANE_NAME, MARK, SILENCE, TICK } from '../picture.ts'
import { textOn } from '../ink.ts'
import type { TimeScale } from '../timeScale.ts'
import { countText, visibleMarks, type MarkView } from '../visibleMarks.ts'

// The picture of the view a reader downloads (PNG and SVG): one list of shapes, built from the
// same layout, sizes and colours the axis draws with (picture.ts, visibleMarks.ts), so both
// files show what the screen shows. Around the axis: a title and the visible range above, the
// legend below (shapes, the occasions in view with their colours, the shaded periods), and a
// line saying where it comes from.

export type Shape =
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string; opacity?: number }
  | {
      t: 'mark'
      shape: MarkShape | 'cluster'
      x: number
      y: number
      r: number
      fill: string
      /** A cluster's outline and count. */
      outline?: string
      count?: string
      countFill?: string
    }
  | { t: 'ring'; x: number; y: number; r: number; stroke: string; width: number; dash?: readonly number[] }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; dash?: readonly number[] }
  | {
      t: 'text'
      x: number
      y: number
      text: string
      px: number
      weight: number
      fill: string
      anchor?: 'start' | 'middle' | 'end'
      baseline?: 'middle' | 'alphabetic'
      /** The text's language when it is not the page's (an English title in a Korean page). */
      lang?: string
      /** Letters as capitals (the lanes' names). */
      caps?: boolean
    }
  /** Everything after this, until the matching end, is cut to the rectangle (the axis). */
  | { t: 'clip'; x: number; y: number; w: number; h: number }
  | { t: 'unclip' }

export type Scene = {
  width: number
  height: number
  /** The page's font family: the files name the same fonts the screen uses. */
  font: string
  /** The page's language, for the SVG's xml:lang. */
  lang: string
  background: string
  /** A title for the file (the SVG's <title>). */
  title: string
  shapes: Shape[]
}

export type SceneWords = {
  title: string
  /** The visible range, "28 Jan 2019 – 22 Mar 2026". */
  range: string
  laneNames: readonly string[]
  shapes: readonly { shape: MarkShape | 'cluster' | 'silence'; label: string }[]
  /** "Shaded periods" items: an era's name and dates. */
  eras: readonly string[]
  /** The occasions in view, with their colours. */
  occasions: readonly { label: string; colour: string }[]
  /** "Source: Pyongyang–Moscow Timeline, https://… · 30 November 2026". */
  credit: string
}

export type SceneInput = {
  view: MarkView
  /** The settled pan: a mark at zoomed x u sits at u + tx on screen. */
  tx: number
  width: number
  geometry: LaneGeometry
  /** The view's scale, time to screen px. */
  x: TimeScale
  domain: readonly [number, number]
  eras: readonly TimedEra[]
  inkOf: (occasion: string | null) => Inks
  ink: Ink
  selected?: IndexEvent
  silences: readonly Silence[]
  silenceAt: (s: Silence) => number
  lang: string
  measure: (text: string, style: TextStyle) => number
  words: SceneWords
}

const HEAD = { h: 44, titlePx: 16, rangePx: 13, pad: 16 } as const
const LEGEND = { px: 12, row: 20, gap: 18, swatch: 14, pad: 16 } as const
const CREDIT = { px: 11, h: 28 } as const

/** The page's colours around the axis, per theme (index.css's slate palette). */
const FRAME = {
  light: { page: '#ffffff', text: '#0f172a', muted: '#475569', border: '#e2e8f0' },
  dark: { page: '#0f172a', text: '#f8fafc', muted: '#cbd5e1', border: '#334155' },
} as const

/** The picture of the view: the axis at its size on screen, framed by title, legend and credit. */
export function viewScene(o: SceneInput): Scene {
  const { width, geometry, ink, words } = o
  const frame = FRAME[ink.theme]
  const shapes: Shape[] = []
  const text = (
    x: number,
    y: number,
    s: string,
    px: number,
    weight: number,
    fill: string,
    more: Partial<Extract<Shape, { t: 'text' }>> = {},
  ) => shapes.push({ t: 'text', x, y, text: s, px, weight, fill, baseline: 'alphabetic', ...more })

  // The title and the visible range.
  text(HEAD.pad, 28, words.title, HEAD.titlePx, 600, frame.text)
  text(width - HEAD.pad, 28, words.range, HEAD.rangePx, 400, frame.muted, { anchor: 'end' })
  const top = HEAD.h

  // The axis, cut to its box as on screen.
  shapes.push({ t: 'clip', x: 0, y: top, w: width, h: geometry.height })
  const lanes = BACKGROUND[ink.theme].lanes
  geometry.tops.forEach((y, i) =>
    shapes.push({
      t: 'rect',
      x: 0,
      y: top + y,
      w: width,
      h: geometry.heights[i],
      fill: lanes[i % lanes.length],
    }),
  )
  // Above the lanes, the band of ticks, on the first lane's colour as on screen.
  shapes.push({ t: 'rect', x: 0, y: top, w: width, h: geometry.tops[0], fill: lanes[0] })
  const laneTop = top + geometry.tops[0]
  const bottom = top + geometry.height
  const wash = BACKGROUND[ink.theme]
  for (const era of o.eras) {
    const x0 = Math.max(0, o.x(era.startTime))
    const x1 = Math.min(width, o.x(era.endTime))
    if (x1 - x0 < 1) continue
    shapes.push({
      t: 'rect',
      x: x0,
      y: laneTop,
      w: x1 - x0,
      h: bottom - laneTop,
      fill: wash.era,
      opacity: wash.eraAlpha,
    })
    shapes.push({ t: 'rect', x: x0, y: laneTop, w: x1 - x0, h: ERA.stripe, fill: ink.eraStripe })
    const full = o.x(era.endTime) - o.x(era.startTime)
    if (o.measure(era.label, { px: ERA.px, weight: ERA.weight }) + 2 * ERA.inset <= full)
      text(x0 + ERA.inset, bottom - ERA.foot, era.label, ERA.px, ERA.weight, ink.eraText)
  }
  shapes.push({ t: 'line', x1: 0, y1: laneTop, x2: width, y2: laneTop, stroke: ink.grid })
  const ticks = axisTicks(o.x)
  for (const t of ticks) {
    const x = Math.round(t.x) + 0.5
    if (t.major)
      shapes.push({ t: 'line', x1: x, y1: laneTop - TICK.length, x2: x, y2: bottom, stroke: ink.grid })
    else
      shapes.push({
        t: 'line',
        x1: x,
        y1: laneTop - TICK.length,
        x2: x,
        y2: laneTop,
        stroke: ink.grid,
        dash: TICK.dash,
      })
  }
  const tickStyle = (major: boolean) => ({ px: TICK.px, weight: major ? TICK.majorWeight : 400 })
  labelPlaces(ticks, o.x(o.domain[0]), o.x(o.domain[1]), (t) =>
    o.measure(t.label, tickStyle(t.major)),
  ).forEach((x, i) => {
    const t = ticks[i]
    if (x !== null)
      text(
        x,
        laneTop - TICK.labelGap,
        t.label,
        TICK.px,
        tickStyle(t.major).weight,
        t.major ? ink.tickMajor : ink.tickMinor,
        {
          anchor: 'middle',
        },
      )
  })
  // Years with no message found, then the marks and their labels, then the open event's ring.
  for (const s of o.silences) {
    const x = o.x(s.time)
    if (x < -SILENCE.r || x > width + SILENCE.r) continue
    shapes.push({
      t: 'ring',
      x,
      y: top + o.silenceAt(s),
      r: SILENCE.r,
      stroke: fillOf(o.inkOf(s.occasion), ink.theme),
      width: SILENCE.stroke,
      dash: SILENCE.dash,
    })
  }
  const labels: Shape[] = []
  for (const { item, u, y, label } of visibleMarks(o.view, -o.tx - 480, width - o.tx + CLUSTER.r)) {
    const x = u + o.tx
    const inks = o.inkOf(item.occasion)
    const fill = fillOf(inks, ink.theme)
    const event = item.event
    if (x >= -CLUSTER.r)
      shapes.push(
        event
          ? { t: 'mark', shape: markShape(event.kind), x, y: top + y, r: MARK.r, fill }
          : {
              t: 'mark',
              shape: 'cluster',
              x,
              y: top + y,
              r: CLUSTER.r,
              fill,
              outline: ink.outline,
              count: countText(item.count),
              countFill: ink.theme === 'dark' ? inks.onDark : inks.onLight,
            },
      )
    if (label)
      labels.push({
        t: 'text',
        x: x + LABEL.offset,
        y: top + y,
        text: label,
        px: LABEL.px,
        weight: LABEL.weight,
        fill: ink.label,
        baseline: 'middle',
        ...(event?.titleLang ? { lang: event.titleLang } : {}),
      })
    const selected = event
      ? event === o.selected
      : !!o.selected &&
        o.selected.lane === item.lane &&
        o.selected.time >= item.start &&
        o.selected.time <= item.end
    if (selected)
      labels.push({
        t: 'ring',
        x,
        y: top + y,
        r: (event ? MARK.r : CLUSTER.r) + MARK.ringGap,
        stroke: ink.selected,
        width: MARK.ringWidth,
      })
  }
  shapes.push(...labels)
  // The lanes' names stay put at the left, over what moves under them.
  geometry.tops.forEach((y, i) =>
    text(
      LANE_NAME.x,
      top + y + LANE_NAME.baseline,
      words.laneNames[i] ?? '',
      LANE_NAME.px,
      600,
      ink.laneName,
      {
        caps: true,
      },
    ),
  )
  shapes.push({ t: 'unclip' })
  shapes.push({ t: 'rect', x: 0, y: top, w: width, h: 1, fill: frame.border })
  shapes.push({ t: 'rect', x: 0, y: bottom - 1, w: width, h: 1, fill: frame.border })

  // The legend, wrapped to the width: shapes, occasions in view, shaded periods.
  let lx = LEGEND.pad
  let ly = bottom + LEGEND.pad + LEGEND.row / 2
  const item = (label: string, draw: (cx: number, cy: number) => void) => {
    const w = LEGEND.swatch + 6 + o.measure(label, { px: LEGEND.px, weight: 400 })
    if (lx > LEGEND.pad && lx + w > width - LEGEND.pad) {
      lx = LEGEND.pad
      ly += LEGEND.row
    }
    draw(lx + LEGEND.swatch / 2, ly)
    text(lx + LEGEND.swatch + 6, ly, label, LEGEND.px, 400, frame.muted, { baseline: 'middle' })
    lx += w + LEGEND.gap
  }
  const grey = frame.muted
  for (const s of words.shapes)
    item(s.label, (cx, cy) => {
      if (s.shape === 'silence')
        shapes.push({
          t: 'ring',
          x: cx,
          y: cy,
          r: SILENCE.r,
          stroke: grey,
          width: SILENCE.stroke,
          dash: SILENCE.dash,
        })
      else if (s.shape === 'cluster')
        shapes.push({
          t: 'mark',
          shape: 'cluster',
          x: cx,
          y: cy,
          r: 7,
          fill: grey,
          count: '3',
          countFill: textOn(grey),
        })
      else shapes.push({ t: 'mark', shape: s.shape, x: cx, y: cy, r: 5, fill: grey })
    })
  const newRow = () => {
    if (lx > LEGEND.pad) {
      lx = LEGEND.pad
      ly += LEGEND.row
    }
  }
  newRow()
  for (const oc of words.occasions)
    item(oc.label, (cx, cy) =>
      shapes.push({ t: 'mark', shape: 'circle', x: cx, y: cy, r: 5, fill: oc.colour }),
    )
  if (words.eras.length > 0) newRow()
  for (const era of words.eras)
    item(era, (cx, cy) => {
      shapes.push({
        t: 'rect',
        x: cx - 7,
        y: cy - 5,
        w: 14,
        h: 10,
        fill: wash.era,
        opacity: Math.max(wash.eraAlpha, 0.5),
      })
      shapes.push({ t: 'rect', x: cx - 7, y: cy - 5, w: 14, h: 2, fill: ink.eraStripe })
    })
  const legendBottom = ly + LEGEND.row / 2
  // Where it comes from.
  text(HEAD.pad, legendBottom + CREDIT.h - 10, words.credit, CREDIT.px, 400, frame.muted)
  return {
    width,
    height: Math.ceil(legendBottom + CREDIT.h),
    font: ink.font,
    lang: o.lang,
    background: frame.page,
    title: `${words.title}: ${words.range}`,
    shapes,
  }
}
