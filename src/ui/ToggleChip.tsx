import type { Inks } from '../data/indexFormat.ts'
import { t } from '../i18n/i18n.ts'
import { inkStyle } from './inkStyle.ts'

type ToggleChipProps = {
  /** What the toggle shows or hides; its accessible name is "<label>, <count> events". */
  label: string
  count: number
  on: boolean
  onToggle: () => void
  /** A colour dot (occasions), in both themes' inks; none for the other filters. */
  inks?: Inks
  title?: string
}

/** One filter toggle: pressed when its events are shown. */
export function ToggleChip({ label, count, on, onToggle, inks, title }: ToggleChipProps) {
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={t('ui.toggle.name', { label, count })}
      title={title}
      onClick={onToggle}
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-[13px] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
        on
          ? 'border-slate-300 bg-white text-slate-900 shadow-sm'
          : 'border-dashed border-slate-300 bg-slate-100 text-slate-600'
      }`}
    >
      {inks && (
        // The ring always, the fill when shown: both in the theme's ink (index.css).
        <span
          aria-hidden
          className={`inline-block size-3 rounded-full border-2 [border-color:var(--fill)] ${on ? 'ink-bg' : 'ink-bg bg-transparent!'}`}
          style={inkStyle(inks)}
        />
      )}
      {!inks && (
        <span aria-hidden className={`text-xs ${on ? 'text-blue-800' : 'text-transparent'}`}>
          ✓
        </span>
      )}
      <span>{label}</span>
      <span className="rounded-full bg-slate-200 px-1.5 text-xs text-slate-700 tabular-nums">{count}</span>
    </button>
  )
}
