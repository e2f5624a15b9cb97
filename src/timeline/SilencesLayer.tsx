import { memo, type KeyboardEvent } from 'react'
import type { Occasion } from '../data/schema.ts'
import type { Inks } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { formatShortDate } from '../data/dates.ts'
import { t } from '../i18n/i18n.ts'
import { inkStyle } from '../ui/inkStyle.ts'
import { SILENCE } from './picture.ts'
import type { MarkView } from './visibleMarks.ts'

type SilencesLayerProps = {
  silences: readonly Silence[]
  /** The settled view: where times sit. */
  view: MarkView
  /** Which view-wide slice of the zoomed axis is in view; silences cover it and one slice each side. */
  slice: number
  width: number
  /** A silence's centre y. */
  y: (s: Silence) => number
  occasionById: ReadonlyMap<string, Occasion>
  /** An occasion's inks. */
  inkOf: (occasion: string | null) => Inks
  /** What the silence says: "No message from Kim found for Victory Day 2021". */
  nameOf: (s: Silence) => string
  /** Opens the occasion's year-by-year comparison. */
  onActivate: (s: Silence) => void
  onShowTip: (u: number, y: number, lines: string[]) => void
  onHideTip: () => void
}

/**
 * Each silence as a control over the canvas: named in words, focusable, opening the comparison
 * of its occasion, year by year. Its ring shows until the canvas draws (and with no script).
 */
export const SilencesLayer = memo(function SilencesLayer({
  silences,
  view,
  slice,
  width,
  y,
  occasionById,
  inkOf,
  nameOf,
  onActivate,
  onShowTip,
  onHideTip,
}: SilencesLayerProps) {
  const u0 = (slice - 1) * width
  const u1 = (slice + 2) * width
  return (
    <>
      {silences.map((s) => {
        const u = view.k * view.base(s.time)
        if (u < u0 || u > u1) return null
        const cy = y(s)
        const occasion = occasionById.get(s.occasion)
        const name = nameOf(s)
        const activate = () => onActivate(s)
        const tip = () =>
          onShowTip(u, cy, [
            name,
            formatShortDate(s.time),
            t('timeline.silence.compare', { occasion: occasion?.label ?? s.occasion }),
          ])
        return (
          <g
            key={s.key}
            role="button"
            tabIndex={0}
            aria-label={t('timeline.silence.name', { silence: name })}
            data-silence={s.key}
            className="mark silence cursor-pointer outline-none"
            transform={`translate(${u},${cy})`}
            onClick={activate}
            onKeyDown={(e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                activate()
              }
            }}
            onMouseEnter={tip}
            onMouseLeave={onHideTip}
            onFocus={tip}
            onBlur={onHideTip}
          >
            <circle r={SILENCE.r + SILENCE.haloGap} className="mark-halo" />
            <circle
              r={SILENCE.r}
              fill="none"
              style={inkStyle(inkOf(s.occasion))}
              strokeWidth={SILENCE.stroke}
              strokeDasharray={SILENCE.dash.join(' ')}
              className="mark-visual ink-stroke"
            />
          </g>
        )
      })}
    </>
  )
})
