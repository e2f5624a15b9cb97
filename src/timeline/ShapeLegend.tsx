import { SHAPE_LEGEND } from './markShape.ts'
import { ShapeIcon } from './ShapeIcon.tsx'

/** What the mark shapes mean (colour is explained by the occasion toggles). */
export function ShapeLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Mark shapes">
      {SHAPE_LEGEND.map(({ shape, label }) => (
        <li key={shape} className="inline-flex items-center gap-1.5">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden>
            <ShapeIcon shape={shape} r={5} fill="#475569" />
          </svg>
          {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden>
          <circle r={7} fill="#475569" />
          <text dy="0.35em" textAnchor="middle" fontSize="8" fill="#fff">
            3
          </text>
        </svg>
        Several events
      </li>
    </ul>
  )
}
