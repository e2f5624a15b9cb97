import { t } from '../i18n/i18n.ts'
import { shapeLegend } from './markShape.ts'
import { ShapeIcon } from './ShapeIcon.tsx'
import { CLUSTER, SILENCE } from './picture.ts'

type ShapeLegendProps = {
  /** Whether years with no message found are marked; the legend's entry for them is the switch. */
  silences: boolean
  onSilences: (on: boolean) => void
}

/** What the mark shapes mean (colour is explained by the occasion toggles), and the switch for silences. */
export function ShapeLegend({ silences, onSilences }: ShapeLegendProps) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label={t('timeline.shapes')}>
      {shapeLegend().map(({ shape, label }) => (
        <li key={shape} className="inline-flex items-center gap-1.5">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden>
            <ShapeIcon shape={shape} r={5} className="fill-slate-600" />
          </svg>
          {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden>
          <circle r={7} className="fill-slate-600" />
          <text
            dy="0.35em"
            textAnchor="middle"
            fontSize="8"
            fontWeight={CLUSTER.countWeight}
            className="fill-white"
          >
            3
          </text>
        </svg>
        {t('timeline.shape.cluster')}
      </li>
      <li>
        <label
          className="inline-flex cursor-pointer items-center gap-1.5"
          title={t('timeline.silencesExplained')}
        >
          <input
            type="checkbox"
            checked={silences}
            onChange={(e) => onSilences(e.target.checked)}
            className="size-3.5 accent-blue-700"
          />
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden>
            <circle
              r={SILENCE.r}
              fill="none"
              className="stroke-slate-600"
              strokeWidth={SILENCE.stroke}
              strokeDasharray={SILENCE.dash.join(' ')}
            />
          </svg>
          {t('timeline.silences')}
        </label>
      </li>
    </ul>
  )
}
