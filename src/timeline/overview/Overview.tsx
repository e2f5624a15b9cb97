import { OVERVIEW_H } from './overviewSize.ts'
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush'
import { select } from 'd3-selection'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { DAY_MS, formatRange } from '../../data/dates.ts'
import type { IndexEvent } from '../../data/indexFormat.ts'
import type { TimedEra } from '../../data/indexFormat.ts'
import { t } from '../../i18n/i18n.ts'
import { density, densityPath } from './density.ts'
import { useLatest } from '../../ui/useLatest.ts'

type OverviewProps = {
  events: readonly IndexEvent[]
  /** The whole range of the corpus, in ms. */
  domain: readonly [number, number]
  eras: readonly TimedEra[]
  /** What the axis shows now, in ms. */
  view: readonly [number, number]
  width: number
  /** Shows [t0, t1] on the axis; `gesture` while the brush is being dragged. */
  onRange: (t0: number, t1: number, gesture: boolean) => void
}

const H = OVERVIEW_H
const PAD = 18
/** An arrow key moves the window by this share of its width; shift+arrow resizes it by as much. */
const STEP = 0.1

/**
 * The density of events over the whole range, with a brush for the visible range: drag or
 * resize it to move the axis, and zooming or panning the axis moves it. d3-brush draws the
 * brush (loaded with this chunk, after the first paint); React draws the rest. Keyboard:
 * arrows move the window, shift+arrows resize it, Home / End go to the ends.
 */
export function Overview({ events, domain, eras, view, width, onRange }: OverviewProps) {
  const brushRef = useRef<SVGGElement>(null)
  const behaviour = useRef<BrushBehavior<unknown> | null>(null)
  const onRangeRef = useLatest(onRange)
  const plot = Math.max(1, width - 2 * PAD)
  const x = (time: number) => PAD + ((time - domain[0]) / (domain[1] - domain[0])) * plot
  const invert = (px: number) => domain[0] + ((px - PAD) / plot) * (domain[1] - domain[0])
  const path = useMemo(() => {
    const times = new Float64Array(events.length)
    events.forEach((e, i) => (times[i] = e.time))
    return densityPath(density(times, domain, Math.floor(plot / 3)), plot, H - 6)
  }, [events, domain, plot])

  // The brush: attached once per size; a user's brushing (it has a source event) moves the axis.
  useEffect(() => {
    const g = brushRef.current
    if (!g) return
    const b = brushX<unknown>()
      .extent([
        [PAD, 0],
        [width - PAD, H],
      ])
      .on('brush end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return
        const s = e.selection as [number, number] | null
        const gesture = e.type === 'brush'
        if (s) onRangeRef.current(invert(s[0]), invert(s[1]), gesture)
        else onRangeRef.current(domain[0], domain[1], false)
      })
    behaviour.current = b
    select(g).call(b)
    return () => {
      select(g).on('.brush', null)
      behaviour.current = null
    }
    // invert reads domain and width, both listed.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [width, domain])

  // The axis moved: move the brush to match (without a source event, so no loop).
  useEffect(() => {
    const g = brushRef.current
    if (!g || !behaviour.current) return
    const x0 = Math.max(PAD, x(view[0]))
    const x1 = Math.min(width - PAD, x(view[1]))
    select(g).call(behaviour.current.move, [x0, Math.max(x0 + 1, x1)])
    // oxlint-disable-next-line react/exhaustive-deps
  }, [view[0], view[1], width, domain])

  const onKeyDown = (e: KeyboardEvent) => {
    const [t0, t1] = view
    const span = t1 - t0
    const step = Math.max(DAY_MS, span * STEP)
    const clampMove = (a: number) => Math.min(Math.max(a, domain[0]), domain[1] - span)
    let next: [number, number] | null = null
    if (e.key === 'ArrowLeft' && !e.shiftKey) next = [clampMove(t0 - step), clampMove(t0 - step) + span]
    else if (e.key === 'ArrowRight' && !e.shiftKey) next = [clampMove(t0 + step), clampMove(t0 + step) + span]
    else if (e.key === 'ArrowLeft') next = [t0, Math.max(t0 + 4 * DAY_MS, t1 - step)]
    else if (e.key === 'ArrowRight') next = [t0, Math.min(domain[1], t1 + step)]
    else if (e.key === 'Home') next = [domain[0], domain[0] + span]
    else if (e.key === 'End') next = [domain[1] - span, domain[1]]
    if (!next) return
    e.preventDefault()
    e.stopPropagation()
    onRange(next[0], next[1], false)
  }

  const label = formatRange(Math.max(view[0], domain[0]), Math.min(view[1], domain[1] - 1))
  return (
    <section aria-label={t('timeline.overview')} className="border-t border-slate-200 bg-slate-50">
      <svg width={width} height={H} className="block">
        <title>{t('timeline.overview.explained')}</title>
        {eras.map((era) => {
          const a = x(era.startTime)
          const b = x(era.endTime)
          return (
            <rect
              key={era.id}
              x={a}
              y={0}
              width={Math.max(1, b - a)}
              height={H}
              className="fill-amber-100 dark:fill-amber-500/20"
            />
          )
        })}
        <path d={path} transform={`translate(${PAD},6)`} className="fill-slate-500" />
        <g
          ref={brushRef}
          role="slider"
          tabIndex={0}
          aria-label={t('timeline.visibleRange')}
          aria-valuemin={Math.floor(domain[0] / DAY_MS)}
          aria-valuemax={Math.ceil(domain[1] / DAY_MS)}
          aria-valuenow={Math.round(view[0] / DAY_MS)}
          aria-valuetext={label}
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End"
          onKeyDown={onKeyDown}
          className="overview-brush outline-none"
        />
      </svg>
    </section>
  )
}
