import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { LANE_IDS, type IndexEvent } from '../data/indexFormat.ts'
import type { TimedEra } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'
import { DAY_MS, formatRange } from '../data/dates.ts'
import { axisTicks } from './axisTicks.ts'
import { AxisTicks } from './AxisTicks.tsx'
import { ErasLayer } from './ErasLayer.tsx'
import { ErasLegend } from './ErasLegend.tsx'
import { LANES } from './lanes.ts'
import { laneGeometry } from './laneGeometry.ts'
import { buildLanes } from './layoutLanes.ts'
import { laneRows, layoutsFor, type Packing } from './layoutsFor.ts'
import { MovingLayer } from './MovingLayer.tsx'
import { MarksLayer } from './MarksLayer.tsx'
import { estimateLabel, measureLabel } from './measureLabel.ts'
import { useHydrated } from '../ui/hydration.ts'
import { CLUSTER_R, type MarkView } from './visibleMarks.ts'
import { timeScale, type TimeScale } from './timeScale.ts'
import { TimelineToolbar } from './TimelineToolbar.tsx'
import { Tooltip, type Tip } from './Tooltip.tsx'
import { useWidth } from './useSize.ts'
import { useFollowSelection, useKeepFocus, usePaintMark, useSettledRange } from './useTimelineEffects.ts'
import { useZoom } from './useZoom.ts'
import { useZoomKeys } from './useZoomKeys.ts'
import { rescaleX } from './viewTransform.ts'
import { zoomLevel } from './zoomLevel.ts'
import { useLatest } from '../ui/useLatest.ts'

type TimelineProps = {
  /** The events to draw (already filtered), sorted by time. */
  events: readonly IndexEvent[]
  /** The whole time range of the corpus, in ms: the fully zoomed-out view. */
  domain: readonly [number, number]
  /** Periods shaded behind the lanes. */
  eras: readonly TimedEra[]
  occasionById: ReadonlyMap<string, Occasion>
  /** The open event, if any. */
  selected: IndexEvent | undefined
  onOpen: (id: string) => void
  /** Years with no message where one was usual ("none found"), already filtered. */
  silences: readonly Silence[]
  /** What a silence says, in words. */
  silenceName: (s: Silence) => string
  /** Opens the year-by-year comparison of a silence's occasion. */
  onSilence: (s: Silence) => void
  /** Whether silences are marked (the legend's switch). */
  silencesOn: boolean
  onSilencesOn: (on: boolean) => void
  /** Told the visible time range once a zoom or pan has settled. */
  onViewSettled: (t0: number, t1: number) => void
}

/** Room left and right of the plot, so marks at the ends are whole. */
const PAD_X = 18
/** A mark takes a cluster badge's width of its row, plus a gap; at most four rows a lane. */
const PACKING: Packing = { slotPx: 2 * CLUSTER_R + 4, maxRows: 4 }
/** The deepest zoom shows four days across the axis. */
const MIN_SPAN_MS = 4 * DAY_MS
/**
 * Lanes get the rows a plot this narrow (a phone's) would need, or a narrower one's: the
 * axis keeps its height from the prerendered page to the hydrated one, whatever the window.
 */
const ROWS_AT_PLOT_PX = 280

/** The marks' layout and scales at zoom `k`. */
function markView(
  k: number,
  c: {
    lanes: ReturnType<typeof buildLanes>
    plotWidth: number
    domain: readonly [number, number]
    base: TimeScale
    markY: MarkView['markY']
    occasionIds: readonly string[]
    width: number
    measure: (text: string) => number
  },
): MarkView {
  return {
    layouts: layoutsFor(c.lanes, zoomLevel(k), c.plotWidth, c.domain, PACKING),
    base: c.base,
    k,
    markY: c.markY,
    right: k * (c.width - PAD_X) + PAD_X,
    occasionIds: c.occasionIds,
    measure: c.measure,
  }
}

// The overview strip and d3-brush load in their own chunk, after the first paint (the
// prerendered page has its HTML already).
// The silences' controls load on their own too: few readers reach for them first.
const SilencesLayer = lazy(() => import('./SilencesLayer.tsx').then((m) => ({ default: m.SilencesLayer })))
const Overview = lazy(() => import('./overview/Overview.tsx').then((m) => ({ default: m.Overview })))

/** The time axis with its three lanes of stacked marks: D3 computes, React draws. */
export function Timeline({
  events,
  domain,
  eras,
  occasionById,
  selected,
  onOpen,
  silences,
  silenceName,
  onSilence,
  silencesOn,
  onSilencesOn,
  onViewSettled,
}: TimelineProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const zoomRef = useRef<HTMLDivElement>(null)
  const controlsRef = useRef<SVGSVGElement>(null)
  const width = useWidth(boxRef)
  const plotWidth = width - 2 * PAD_X
  const lanes = useMemo(() => buildLanes(events), [events])
  const geometry = useMemo(
    () =>
      laneGeometry(
        laneRows(lanes, Math.min(plotWidth, ROWS_AT_PLOT_PX), domain, PACKING),
        LANE_IDS.map((l) => l !== 'joint'),
      ),
    [lanes, plotWidth, domain],
  )
  const { height } = geometry
  const silenceAt = useCallback((s: Silence) => geometry.silenceY(LANE_IDS.indexOf(s.lane)), [geometry])
  const maxScale = Math.max(1, (domain[1] - domain[0]) / MIN_SPAN_MS)
  const zoom = useZoom(zoomRef, width, height, maxScale)
  useZoomKeys(zoom)
  const [tip, setTip] = useState<Tip | null>(null)

  // A linear scale over UTC milliseconds: time-true; d3-time makes the ticks.
  const base = useMemo(() => timeScale(domain, [PAD_X, Math.max(PAD_X + 1, width - PAD_X)]), [domain, width])
  // The range the toolbar, the overview and the list follow: the settled one, so a gesture's
  // frames change nothing outside the moving layer.
  const x = useMemo(() => rescaleX(zoom.settled, base), [zoom.settled, base])
  const occasionIds = useMemo(() => [...occasionById.keys()], [occasionById])
  // What a view of the marks needs at a zoom: the canvas draws every frame's, the controls the
  // settled one's. The same object while the zoom stays, so a pan frame draws nothing new.
  const k = zoom.transform.k
  const settledK = zoom.settled.k
  // Labels fit by an estimate of their width until the page runs in the browser (the server
  // has no font), then by the real font's.
  const measure = useHydrated() ? measureLabel : estimateLabel
  const viewAt = useCallback(
    (at: number) =>
      markView(at, { lanes, plotWidth, domain, base, markY: geometry.y, occasionIds, width, measure }),
    [lanes, plotWidth, domain, base, geometry, occasionIds, width, measure],
  )
  const settledView = useMemo(() => viewAt(settledK), [viewAt, settledK])
  const [canvasDrawn, setCanvasDrawn] = useState(false)
  const onCanvasDrawn = useCallback(() => setCanvasDrawn(true), [])

  useKeepFocus(zoom.live, controlsRef)
  const [t0, t1] = x.domain()
  const staticTicks = useMemo(() => (width > 0 && !canvasDrawn ? axisTicks(x) : []), [x, width, canvasDrawn])
  useSettledRange(t0, t1, onViewSettled)
  useFollowSelection(selected?.time, { x, base, zoom, width, pad: PAD_X })
  usePaintMark('timeline-painted', width > 0)

  const settledTx = zoom.settled.x
  const slice = Math.floor(-settledTx / Math.max(width, 1))
  const txRef = useLatest(settledTx)
  const showTip = useCallback(
    (u: number, y: number, lines: string[]) => setTip({ x: u + txRef.current, y, lines }),
    [txRef],
  )
  const hideTip = useCallback(() => setTip(null), [])
  // A cluster opens up: its span fills the view, with a mark's slot to spare at each end.
  const { showRange } = zoom
  const zoomToCluster = useCallback(
    (start: number, end: number) => showRange(base(start), base(end), PAD_X + PACKING.slotPx),
    [showRange, base],
  )

  return (
    <figure className="relative" aria-label="Timeline">
      <TimelineToolbar
        rangeLabel={formatRange(Math.max(t0, domain[0]), Math.min(t1, domain[1] - 1))}
        canZoomIn={zoom.ready && k < maxScale * 0.999}
        canZoomOut={k > 1.001}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onReset={zoom.reset}
        silences={silencesOn}
        onSilences={onSilencesOn}
      />
      <div
        ref={boxRef}
        // Contained: a zoom frame restyles and repaints the axis only, not the page around it.
        // Square corners: a rounded clip over the moving layer would cost a mask every frame.
        className={`relative overflow-hidden border border-slate-200 bg-white [contain:layout_paint_style] ${canvasDrawn ? 'canvas-drawn' : ''}`}
      >
        <div
          ref={zoomRef}
          className="relative touch-none select-none"
          style={{ height }}
          data-testid="timeline-box"
        >
          <svg width={width} height={height} className="block" aria-hidden>
            {LANES.map((lane, i) => (
              <rect
                key={lane.id}
                y={geometry.tops[i]}
                width={width}
                height={geometry.heights[i]}
                className={i % 2 ? 'fill-slate-50' : 'fill-white'}
              />
            ))}
            {/* Until the canvas draws (and with no script): eras and ticks at the settled view. */}
            <g className="static-backdrop">
              <ErasLayer
                eras={eras}
                x={x}
                top={geometry.tops[0]}
                height={height - geometry.tops[0]}
                width={width}
              />
              <AxisTicks ticks={staticTicks} axisHeight={geometry.tops[0]} height={height} width={width} />
            </g>
          </svg>
          <MovingLayer
            viewAt={viewAt}
            zoom={zoom}
            width={width}
            height={height}
            top={geometry.tops[0]}
            eras={eras}
            occasionById={occasionById}
            selected={selected}
            silences={silences}
            silenceAt={silenceAt}
            onDrawn={onCanvasDrawn}
          />
          <svg
            width={width}
            height={height}
            className="pointer-events-none absolute top-0 left-0"
            aria-hidden
          >
            {LANES.map((lane, i) => (
              <text
                key={lane.id}
                x={8}
                y={geometry.tops[i] + 13}
                className="lane-label fill-slate-600 text-[11px] font-semibold tracking-wide uppercase"
              >
                {lane.label}
              </text>
            ))}
          </svg>
          <svg
            ref={controlsRef}
            width={width}
            height={height}
            // Hidden while a gesture moves the canvas: its controls catch up when it rests.
            className={`marks-controls absolute top-0 left-0 ${zoom.live ? 'hidden' : ''}`}
            data-testid="timeline-svg"
          >
            <title>Timeline of messages and meetings. Drag to pan, scroll or pinch to zoom.</title>
            <g transform={`translate(${settledTx},0)`}>
              <Suspense fallback={null}>
                <SilencesLayer
                  silences={silences}
                  view={settledView}
                  slice={slice}
                  width={width}
                  y={silenceAt}
                  occasionById={occasionById}
                  nameOf={silenceName}
                  onActivate={onSilence}
                  onShowTip={showTip}
                  onHideTip={hideTip}
                />
              </Suspense>
              <MarksLayer
                view={settledView}
                slice={slice}
                width={width}
                occasionById={occasionById}
                selected={selected}
                onOpen={onOpen}
                onZoomToCluster={zoomToCluster}
                onShowTip={showTip}
                onHideTip={hideTip}
              />
            </g>
          </svg>
          {tip && !zoom.live && <Tooltip tip={tip} width={width} height={height} />}
        </div>
        {/* Its room is kept from the first paint (the prerendered page's), so nothing below moves. */}
        {width > 0 && (
          <Suspense fallback={<div aria-hidden className="h-[41px] border-t border-slate-200 bg-slate-50" />}>
            <Overview
              events={events}
              domain={domain}
              eras={eras}
              view={[t0, t1]}
              width={width}
              onRange={(a, b, gesture) => zoom.showRange(base(a), base(b), PAD_X, gesture)}
            />
          </Suspense>
        )}
      </div>
      <ErasLegend eras={eras} />
    </figure>
  )
}
