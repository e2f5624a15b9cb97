import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import type { Era, Occasion } from '../data/schema.ts'
import { formatRange } from '../data/dates.ts'
import { axisTicks } from './axisTicks.ts'
import { AxisTicks } from './AxisTicks.tsx'
import { ErasLayer } from './ErasLayer.tsx'
import { LANES } from './lanes.ts'
import { laneGeometry } from './laneGeometry.ts'
import { buildLanes } from './layoutLanes.ts'
import { laneRows, layoutsFor, type Packing } from './layoutsFor.ts'
import { CLUSTER_R } from './Mark.tsx'
import { MarksLayer } from './MarksLayer.tsx'
import { timeScale } from './timeScale.ts'
import { TimelineToolbar } from './TimelineToolbar.tsx'
import { Tooltip, type Tip } from './Tooltip.tsx'
import { useWidth } from './useSize.ts'
import { useFollowSelection, usePaintMark, useSettledRange } from './useTimelineEffects.ts'
import { useZoom } from './useZoom.ts'
import { useZoomKeys } from './useZoomKeys.ts'
import { rescaleX } from './viewTransform.ts'
import { zoomLevel } from './zoomLevel.ts'

type TimelineProps = {
  /** The events to draw (already filtered), sorted by time. */
  events: readonly IndexEvent[]
  /** The whole time range of the corpus, in ms: the fully zoomed-out view. */
  domain: readonly [number, number]
  /** Periods shaded behind the lanes. */
  eras: readonly Era[]
  occasionById: ReadonlyMap<string, Occasion>
  /** The open event, if any. */
  selected: IndexEvent | undefined
  onOpen: (id: string) => void
  /** Told the visible time range once a zoom or pan has settled. */
  onViewSettled: (t0: number, t1: number) => void
}

/** Room left and right of the plot, so marks at the ends are whole. */
const PAD_X = 18
/** A mark takes a cluster badge's width of its row, plus a gap; at most four rows a lane. */
const PACKING: Packing = { slotPx: 2 * CLUSTER_R + 4, maxRows: 4 }
/** The deepest zoom shows four days across the axis. */
const MIN_SPAN_MS = 4 * 86_400_000

// The overview strip and d3-brush load with d3-zoom, after the first paint.
const Overview = lazy(() => import('./overview/Overview.tsx').then((m) => ({ default: m.Overview })))

/** The time axis with its three lanes of stacked marks: D3 computes, React draws. */
export function Timeline({
  events,
  domain,
  eras,
  occasionById,
  selected,
  onOpen,
  onViewSettled,
}: TimelineProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const width = useWidth(boxRef)
  const plotWidth = width - 2 * PAD_X
  const lanes = useMemo(() => buildLanes(events), [events])
  const geometry = useMemo(
    () => laneGeometry(laneRows(lanes, plotWidth, domain, PACKING)),
    [lanes, plotWidth, domain],
  )
  const { height } = geometry
  const maxScale = Math.max(1, (domain[1] - domain[0]) / MIN_SPAN_MS)
  const zoom = useZoom(svgRef, width, height, maxScale)
  useZoomKeys(zoom)
  const [tip, setTip] = useState<Tip | null>(null)

  // A linear scale over UTC milliseconds: time-true; d3-time makes the ticks.
  const base = useMemo(() => timeScale(domain, [PAD_X, Math.max(PAD_X + 1, width - PAD_X)]), [domain, width])
  const x = useMemo(() => rescaleX(zoom.transform, base), [zoom.transform, base])
  const occasionIds = useMemo(() => [...occasionById.keys()], [occasionById])
  const layouts = layoutsFor(lanes, zoomLevel(zoom.transform.k), plotWidth, domain, PACKING)

  const [t0, t1] = x.domain()
  useSettledRange(t0, t1, onViewSettled)
  useFollowSelection(selected?.time, { x, base, zoom, width, pad: PAD_X })
  usePaintMark('timeline-painted', width > 0)

  const ticks = useMemo(() => (width > 0 ? axisTicks(x) : []), [x, width])
  const { k, x: tx } = zoom.transform
  const slice = Math.floor(-tx / Math.max(width, 1))
  const txRef = useRef(tx)
  useEffect(() => {
    txRef.current = tx
  })
  const showTip = useCallback(
    (u: number, y: number, lines: string[]) => setTip({ x: u + txRef.current, y, lines }),
    [],
  )
  const hideTip = useCallback(() => setTip(null), [])

  return (
    <figure className="relative" aria-label="Timeline">
      <TimelineToolbar
        rangeLabel={formatRange(Math.max(t0, domain[0]), Math.min(t1, domain[1] - 1))}
        canZoomIn={zoom.ready && k < maxScale * 0.999}
        canZoomOut={k > 1.001}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onReset={zoom.reset}
      />
      <div
        ref={boxRef}
        // Contained: a zoom frame restyles and repaints the axis only, not the page around it.
        className="relative overflow-hidden rounded-lg border border-slate-200 bg-white [contain:layout_paint_style]"
      >
        <svg
          ref={svgRef}
          width={width}
          height={height}
          className="block touch-none select-none"
          data-testid="timeline-svg"
        >
          <title>Timeline of messages and meetings. Drag to pan, scroll or pinch to zoom.</title>
          {LANES.map((lane, i) => (
            <rect
              key={lane.id}
              y={geometry.tops[i]}
              width={width}
              height={geometry.heights[i]}
              className={i % 2 ? 'fill-slate-50' : 'fill-white'}
            />
          ))}
          <ErasLayer
            eras={eras}
            x={x}
            top={geometry.tops[0]}
            height={height - geometry.tops[0]}
            width={width}
          />
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
          <AxisTicks ticks={ticks} axisHeight={geometry.tops[0]} height={height} width={width} />
          <g transform={`translate(${tx},0)`}>
            <MarksLayer
              layouts={layouts}
              base={base}
              k={k}
              slice={slice}
              width={width}
              markY={geometry.y}
              right={k * (width - PAD_X) + PAD_X}
              occasionById={occasionById}
              occasionIds={occasionIds}
              selected={selected}
              onOpen={onOpen}
              onZoomToSpan={zoom.zoomToSpan}
              onShowTip={showTip}
              onHideTip={hideTip}
            />
          </g>
        </svg>
        {zoom.ready && width > 0 && (
          <Suspense fallback={<div style={{ height: 40 }} />}>
            <Overview
              events={events}
              domain={domain}
              eras={eras}
              view={[t0, t1]}
              width={width}
              onRange={(a, b) => zoom.showRange(base(a), base(b), PAD_X)}
            />
          </Suspense>
        )}
        {tip && <Tooltip tip={tip} width={width} height={height} />}
      </div>
    </figure>
  )
}
