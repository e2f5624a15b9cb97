import { Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { formatRange } from '../data/dates.ts'
import { t } from '../i18n/i18n.ts'
import { axisTicks } from './axisTicks.ts'
import { Backdrop, LaneNames } from './Backdrop.tsx'
import { ErasLegend } from './ErasLegend.tsx'
import { MarksLayer } from './MarksLayer.tsx'
import { LazyOverview } from './overview/LazyOverview.tsx'
import { TimelineToolbar, toolbarButton } from './TimelineToolbar.tsx'
import { useTip } from './useTip.ts'
import { useFollowSelection, useKeepFocus, usePaintMark, useSettledRange } from './useTimelineEffects.ts'
import { PACKING, PAD_X, useTimelineView } from './useTimelineView.ts'
import { useZoomKeys } from './useZoomKeys.ts'
import { useLatest } from '../ui/useLatest.ts'
import type { ViewNow } from './image/sceneInput.ts'
import type { TimelineProps } from './timelineProps.ts'
import { DownloadImage, MovingLayer, SilencesLayer, Tooltip } from './later.ts'

/** The time axis with its three lanes of stacked marks: the view model computes, this draws. */
export function Timeline({
  events,
  domain,
  eras,
  occasionById,
  inkOf,
  selected,
  onOpen,
  silences,
  onViewSettled,
}: TimelineProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const zoomRef = useRef<HTMLDivElement>(null)
  const controlsRef = useRef<SVGSVGElement>(null)
  const occasionIds = useMemo(() => [...occasionById.keys()], [occasionById])
  const view = useTimelineView(boxRef, zoomRef, events, domain, occasionIds)
  const { width, geometry, zoom, base, x, measureText } = view
  const { height } = geometry
  const top = geometry.tops[0]
  useZoomKeys(zoom)
  const [canvasDrawn, setCanvasDrawn] = useState(false)
  const onCanvasDrawn = useCallback(() => setCanvasDrawn(true), [])

  useKeepFocus(zoom.live, controlsRef)
  const [t0, t1] = x.domain()
  const staticTicks = useMemo(() => (width > 0 && !canvasDrawn ? axisTicks(x) : []), [x, width, canvasDrawn])
  useSettledRange(t0, t1, onViewSettled)
  useFollowSelection(selected?.time, { x, base, zoom, width, pad: PAD_X })
  usePaintMark('timeline-painted', width > 0)

  const settledTx = zoom.settled.x
  const { tip, showTip, hideTip } = useTip(settledTx)
  // A cluster opens up: its span fills the view, with a mark's slot to spare at each end.
  const { showRange } = zoom
  const zoomToCluster = useCallback(
    (start: number, end: number) => showRange(base(start), base(end), PAD_X + PACKING.slotPx),
    [showRange, base],
  )

  // The picture of the view, as "Download image" draws it: read when asked, not every render.
  const viewNow = useLatest<ViewNow>({
    view: view.settledView,
    tx: zoom.settled.x,
    width,
    geometry,
    x,
    domain,
    eras,
    inkOf,
    selected,
    silences: silences.on ? silences.shown : [],
    silenceAt: view.silenceAt,
    measure: measureText,
    events,
    occasionById,
  })
  const imageInput = useCallback(() => viewNow.current, [viewNow])

  return (
    <figure className="relative" aria-label={t('timeline.name')}>
      <TimelineToolbar
        rangeLabel={formatRange(Math.max(t0, domain[0]), Math.min(t1, domain[1] - 1))}
        canZoomIn={view.canZoomIn}
        canZoomOut={view.canZoomOut}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onReset={zoom.reset}
        silences={silences.on}
        onSilences={silences.onSwitch}
        download={
          <Suspense
            fallback={
              <button type="button" className={toolbarButton} disabled>
                {t('share.image.button')}
              </button>
            }
          >
            <DownloadImage className={toolbarButton} input={imageInput} />
          </Suspense>
        }
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
          <Backdrop
            width={width}
            geometry={geometry}
            eras={eras}
            x={x}
            ticks={staticTicks}
            left={x(domain[0])}
            right={x(domain[1])}
            measure={measureText}
          />
          <Suspense fallback={null}>
            <MovingLayer
              viewAt={view.viewAt}
              zoom={zoom}
              width={width}
              height={height}
              top={top}
              eras={eras}
              inkOf={inkOf}
              selected={selected}
              silences={silences.shown}
              silenceAt={view.silenceAt}
              ready={view.hydrated}
              onDrawn={onCanvasDrawn}
            />
          </Suspense>
          <LaneNames width={width} geometry={geometry} />
          <svg
            ref={controlsRef}
            width={width}
            height={height}
            // Hidden while a gesture moves the canvas: its controls catch up when it rests.
            className={`marks-controls absolute top-0 left-0 ${zoom.live ? 'hidden' : ''}`}
            data-testid="timeline-svg"
          >
            <title>{t('timeline.howTo')}</title>
            <g transform={`translate(${settledTx},0)`}>
              <Suspense fallback={null}>
                <SilencesLayer
                  silences={silences.shown}
                  view={view.settledView}
                  slice={view.slice}
                  width={width}
                  y={view.silenceAt}
                  occasionById={occasionById}
                  inkOf={inkOf}
                  nameOf={silences.nameOf}
                  onActivate={silences.onOpen}
                  onShowTip={showTip}
                  onHideTip={hideTip}
                />
              </Suspense>
              <MarksLayer
                view={view.settledView}
                slice={view.slice}
                width={width}
                occasionById={occasionById}
                inkOf={inkOf}
                selected={selected}
                onOpen={onOpen}
                onZoomToCluster={zoomToCluster}
                onShowTip={showTip}
                onHideTip={hideTip}
              />
            </g>
          </svg>
          {tip && !zoom.live && (
            <Suspense fallback={null}>
              <Tooltip tip={tip} width={width} height={height} />
            </Suspense>
          )}
        </div>
        {/* Its room is kept from the first paint (the prerendered page's), so nothing below moves. */}
        {width > 0 && (
          <LazyOverview
            events={events}
            domain={domain}
            eras={eras}
            view={[t0, t1]}
            width={width}
            onRange={(a, b, gesture) => zoom.showRange(base(a), base(b), PAD_X, gesture)}
          />
        )}
      </div>
      <ErasLegend eras={eras} />
    </figure>
  )
}
