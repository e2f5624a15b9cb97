import { useCallback, useMemo, type RefObject } from 'react'
import { DAY_MS } from '../data/dates.ts'
import { LANE_IDS, type IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { useHydrated } from '../ui/hydration.ts'
import { laneGeometry } from './laneGeometry.ts'
import { buildLanes } from './layoutLanes.ts'
import { laneRows, layoutsFor, type Packing } from './layoutsFor.ts'
import { estimateLabel, estimateText, measureLabel, measureText } from './measureLabel.ts'
import { timeScale, type TimeScale } from './timeScale.ts'
import { useWidth } from './useSize.ts'
import { useZoom } from './useZoom.ts'
import { rescaleX } from './viewTransform.ts'
import { CLUSTER_R, type MarkView } from './visibleMarks.ts'
import { zoomLevel } from './zoomLevel.ts'

// The timeline's view model: its size, lanes and rows, scales, zoom and the layout of the
// marks at any zoom, apart from the JSX that draws them (Timeline.tsx).

/** Room left and right of the plot, so marks at the ends are whole. */
export const PAD_X = 18
/** A mark takes a cluster badge's width of its row, plus a gap; at most four rows a lane. */
export const PACKING: Packing = { slotPx: 2 * CLUSTER_R + 4, maxRows: 4 }
/** The deepest zoom shows four days across the axis. */
const MIN_SPAN_MS = 4 * DAY_MS
/**
 * Lanes get the rows a plot this narrow (a phone's) would need, or a narrower one's: the
 * axis keeps its height from the prerendered page to the hydrated one, whatever the window.
 */
const ROWS_AT_PLOT_PX = 280
/** Zoom factors this close to a limit count as at it (floating point). */
const AT_LIMIT = 0.001

type ViewInputs = {
  lanes: ReturnType<typeof buildLanes>
  /** Each lane's rows on the axis. */
  rows: readonly number[]
  plotWidth: number
  domain: readonly [number, number]
  base: TimeScale
  markY: MarkView['markY']
  occasionIds: readonly string[]
  width: number
  measure: (text: string) => number
}

/** The marks' layout and scales at zoom `k`. */
function markView(k: number, c: ViewInputs): MarkView {
  return {
    layouts: layoutsFor(c.lanes, zoomLevel(k), c.plotWidth, c.domain, PACKING, c.rows),
    base: c.base,
    k,
    markY: c.markY,
    right: k * (c.width - PAD_X) + PAD_X,
    occasionIds: c.occasionIds,
    measure: c.measure,
  }
}

/**
 * Everything the axis needs but its JSX: measured from the box (`boxRef`), zoomed on the
 * element `zoomRef` holds, for `events` within `domain`.
 */
export function useTimelineView(
  boxRef: RefObject<HTMLDivElement | null>,
  zoomRef: RefObject<HTMLDivElement | null>,
  events: readonly IndexEvent[],
  domain: readonly [number, number],
  occasionIds: readonly string[],
) {
  const width = useWidth(boxRef)
  const plotWidth = width - 2 * PAD_X
  const lanes = useMemo(() => buildLanes(events), [events])
  const rows = useMemo(
    () => laneRows(lanes, Math.min(plotWidth, ROWS_AT_PLOT_PX), domain, PACKING),
    [lanes, plotWidth, domain],
  )
  const geometry = useMemo(
    () =>
      laneGeometry(
        rows,
        LANE_IDS.map((l) => l !== 'joint'),
      ),
    [rows],
  )
  const silenceAt = useCallback((s: Silence) => geometry.silenceY(LANE_IDS.indexOf(s.lane)), [geometry])
  const maxScale = Math.max(1, (domain[1] - domain[0]) / MIN_SPAN_MS)
  const zoom = useZoom(zoomRef, width, geometry.height, maxScale)

  // A linear scale over UTC milliseconds: time-true.
  const base = useMemo(() => timeScale(domain, [PAD_X, Math.max(PAD_X + 1, width - PAD_X)]), [domain, width])
  // The range the toolbar, the overview and the list follow: the settled one, so a gesture's
  // frames change nothing outside the moving layer.
  const x = useMemo(() => rescaleX(zoom.settled, base), [zoom.settled, base])
  // Labels fit by an estimate of their width until the page runs in the browser (the server
  // has no font), then by the real font's.
  const hydrated = useHydrated()
  const measure = hydrated ? measureLabel : estimateLabel
  // What a view of the marks needs at a zoom: the canvas draws every frame's, the controls the
  // settled one's. The same object while the zoom stays, so a pan frame draws nothing new.
  const viewAt = useCallback(
    (at: number) =>
      markView(at, { lanes, rows, plotWidth, domain, base, markY: geometry.y, occasionIds, width, measure }),
    [lanes, rows, plotWidth, domain, base, geometry, occasionIds, width, measure],
  )
  const settledView = useMemo(() => viewAt(zoom.settled.k), [viewAt, zoom.settled.k])
  const k = zoom.transform.k
  return {
    /** Past hydration: the real font measures the labels (the canvas waits for it to draw once). */
    hydrated,
    width,
    geometry,
    silenceAt,
    zoom,
    base,
    x,
    measure,
    /** Any text's width in a style: ticks and eras fit their labels by it, as the canvas does. */
    measureText: hydrated ? measureText : estimateText,
    viewAt,
    settledView,
    canZoomIn: zoom.ready && k < maxScale * (1 - AT_LIMIT),
    canZoomOut: k > 1 + AT_LIMIT,
    /** Which view-wide slice of the zoomed axis is in view: the controls cover it and its neighbours. */
    slice: Math.floor(-zoom.settled.x / Math.max(width, 1)),
  }
}
