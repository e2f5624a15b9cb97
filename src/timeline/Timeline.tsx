import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import type { Era, Occasion } from '../data/schema.ts'
import { formatRange } from '../data/dates.ts'
import { axisTicks } from './axisTicks.ts'
import { LANES } from './lanes.ts'
import { AxisTicks } from './AxisTicks.tsx'
import { buildLanes } from './layoutLanes.ts'
import { layoutsFor } from './layoutsFor.ts'
import { CLUSTER_R } from './Mark.tsx'
import { MarksLayer } from './MarksLayer.tsx'
import { TimelineToolbar } from './TimelineToolbar.tsx'
import { useWidth } from './useSize.ts'
import { useZoom } from './useZoom.ts'
import { useZoomKeys } from './useZoomKeys.ts'
import { ErasLayer } from './ErasLayer.tsx'
import { timeScale } from './timeScale.ts'
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

const AXIS_H = 30
const LANE_H = 68
const PAD_X = 18
const MIN_GAP_PX = 2 * CLUSTER_R + 6
const DAY_MS = 86_400_000

type Tip = { x: number; y: number; lines: string[] }

// The overview strip and d3-brush load with d3-zoom, after the first paint.
const Overview = lazy(() => import('./overview/Overview.tsx').then((m) => ({ default: m.Overview })))

const laneY = (laneIndex: number) => AXIS_H + laneIndex * LANE_H + LANE_H / 2 + 8

/** The time axis with its three lanes of marks: D3 computes, React draws. */
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
  const height = AXIS_H + LANES.length * LANE_H
  const maxScale = Math.max(1, (domain[1] - domain[0]) / (4 * DAY_MS))
  const zoom = useZoom(svgRef, width, height, maxScale)
  const zoomReady = zoom.ready
  useZoomKeys(zoom)
  const [tip, setTip] = useState<Tip | null>(null)

  const base = useMemo(
    () =>
      // A linear scale over UTC milliseconds: time-true; d3-time makes the ticks.
      timeScale(domain, [PAD_X, Math.max(PAD_X + 1, width - PAD_X)]),
    [domain, width],
  )
  const x = useMemo(() => rescaleX(zoom.transform, base), [zoom.transform, base])
  const level = zoomLevel(zoom.transform.k)
  const lanes = useMemo(() => buildLanes(events), [events])
  const occasionIds = useMemo(() => [...occasionById.keys()], [occasionById])
  const layouts = layoutsFor(lanes, level, width - 2 * PAD_X, domain, MIN_GAP_PX)

  const [t0, t1] = x.domain()
  useEffect(() => {
    const id = setTimeout(() => onViewSettled(t0, t1), 150)
    return () => clearTimeout(id)
  }, [t0, t1, onViewSettled])

  // Bring the open event into view when it was chosen elsewhere (list, link, prev/next).
  // Only a change of selection pans, so the rest is read from a ref, not listed as deps.
  const selectedTime = selected?.time
  const latest = useRef({ x, base, zoom, width })
  useEffect(() => {
    latest.current = { x, base, zoom, width }
  })
  useEffect(() => {
    const { x: now, base: unzoomed, zoom: z, width: w } = latest.current
    if (selectedTime === undefined || w <= 0 || !zoomReady) return
    const sx = now(selectedTime)
    if (sx < PAD_X || sx > w - PAD_X) z.centreOn(unzoomed(selectedTime))
  }, [selectedTime, zoomReady])

  // Marks the first paint that shows the real layout, for the benchmark and field timing.
  const drawn = width > 0
  useEffect(() => {
    if (!drawn) return
    requestAnimationFrame(() => setTimeout(() => performance.mark('timeline-painted')))
  }, [drawn])

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
        canZoomIn={zoom.ready && zoom.transform.k < maxScale * 0.999}
        canZoomOut={zoom.transform.k > 1.001}
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
              y={AXIS_H + i * LANE_H}
              width={width}
              height={LANE_H}
              className={i % 2 ? 'fill-slate-50' : 'fill-white'}
            />
          ))}
          <ErasLayer eras={eras} x={x} top={AXIS_H} height={height - AXIS_H} width={width} />
          {LANES.map((lane, i) => (
            <text
              key={lane.id}
              x={8}
              y={AXIS_H + i * LANE_H + 15}
              className="lane-label fill-slate-600 text-[11px] font-semibold uppercase tracking-wide"
            >
              {lane.label}
            </text>
          ))}
          <AxisTicks ticks={ticks} axisHeight={AXIS_H} height={height} width={width} />
          <g transform={`translate(${tx},0)`}>
            <MarksLayer
              layouts={layouts}
              base={base}
              k={k}
              slice={slice}
              width={width}
              laneY={laneY}
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
        {zoomReady && width > 0 && (
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
        {tip && (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg"
            style={{
              left: Math.min(Math.max(tip.x, 130), width - 130),
              top: tip.y + 18 > height - 60 ? tip.y - 78 : tip.y + 18,
            }}
          >
            <div className="font-semibold">{tip.lines[0]}</div>
            <div className="text-slate-300">{tip.lines[1]}</div>
            <div>{tip.lines[2]}</div>
          </div>
        )}
      </div>
    </figure>
  )
}
