import type { KeyboardEvent } from 'react'
import { LABEL_OFFSET_PX } from './layoutLanes.ts'
import { CLUSTER_R, countText, MARK_R } from './visibleMarks.ts'
import { ShapeIcon } from './ShapeIcon.tsx'
import type { MarkShape } from './markShape.ts'

type MarkProps = {
  x: number
  y: number
  /** Accessible name: what a screen reader announces for the control. */
  name: string
  colour: string
  /** Single events get their kind's shape; clusters are drawn as a count badge. */
  shape: MarkShape | 'cluster'
  count: number
  label?: string
  selected: boolean
  eventId?: string
  onActivate: () => void
  onShowTip: () => void
  onHideTip: () => void
}

/** One focusable mark: an event (opens its panel) or a cluster (zooms into it). */
export function Mark({
  x,
  y,
  name,
  colour,
  shape,
  count,
  label,
  selected,
  eventId,
  onActivate,
  onShowTip,
  onHideTip,
}: MarkProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onActivate()
    }
  }
  const r = shape === 'cluster' ? CLUSTER_R : MARK_R
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-current={selected ? true : undefined}
      data-event-id={eventId}
      className="mark cursor-pointer outline-none"
      transform={`translate(${x},${y})`}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onMouseEnter={onShowTip}
      onMouseLeave={onHideTip}
      onFocus={onShowTip}
      onBlur={onHideTip}
    >
      <circle r={r + 6} className="mark-halo" />
      {/* What the canvas draws too: shown until it has, and without script. */}
      <g className="mark-visual">
        {selected && <circle r={r + 4} fill="none" className="stroke-slate-900" strokeWidth={2} />}
        {shape === 'cluster' ? (
          <>
            <circle r={r} fill={colour} className="stroke-white" strokeWidth={2} />
            <text
              dy="0.35em"
              textAnchor="middle"
              className="fill-[#fff] text-[10px] font-semibold"
              aria-hidden
            >
              {countText(count)}
            </text>
          </>
        ) : (
          <ShapeIcon shape={shape} r={r} fill={colour} className="mark-shape" />
        )}
        {label && (
          <text x={LABEL_OFFSET_PX} dy="0.35em" className="mark-label fill-slate-700 text-[12px]" aria-hidden>
            {label}
          </text>
        )}
      </g>
    </g>
  )
}
