import type { KeyboardEvent } from 'react'
import type { Inks } from '../data/indexFormat.ts'
import { inkStyle } from '../ui/inkStyle.ts'
import { INK_TOKENS, CLUSTER, LABEL, MARK } from './picture.ts'
import { countText } from './visibleMarks.ts'
import { ShapeIcon } from './ShapeIcon.tsx'
import type { MarkShape } from './markShape.ts'

type MarkProps = {
  x: number
  y: number
  /** Accessible name: what a screen reader announces for the control. */
  name: string
  inks: Inks
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

/** One focusable mark: an event (opens its panel) or a cluster (zooms into it). Drawn as picture.ts says. */
export function Mark({
  x,
  y,
  name,
  inks,
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
  const r = shape === 'cluster' ? CLUSTER.r : MARK.r
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
      <circle r={r + MARK.haloGap} className="mark-halo" />
      {/* What the canvas draws too: shown until it has, and without script. */}
      <g className="mark-visual" style={inkStyle(inks)}>
        {selected && (
          <circle
            r={r + MARK.ringGap}
            fill="none"
            className={INK_TOKENS.selected.stroke}
            strokeWidth={MARK.ringWidth}
          />
        )}
        {shape === 'cluster' ? (
          <>
            <circle r={r} className={`ink-fill ${INK_TOKENS.outline.stroke}`} strokeWidth={CLUSTER.outline} />
            <text
              dy="0.35em"
              textAnchor="middle"
              className="ink-text"
              fontSize={CLUSTER.countPx}
              fontWeight={CLUSTER.countWeight}
              aria-hidden
            >
              {countText(count)}
            </text>
          </>
        ) : (
          <ShapeIcon shape={shape} r={r} className="mark-shape ink-fill" />
        )}
        {label && (
          <text
            x={LABEL.offset}
            dy="0.35em"
            className={`mark-label ${INK_TOKENS.label.fill}`}
            fontSize={LABEL.px}
            aria-hidden
          >
            {label}
          </text>
        )}
      </g>
    </g>
  )
}
