import { t } from '../i18n/i18n.ts'

type MoreFiltersToggleProps = {
  open: boolean
  panelId: string
  /** How many of these filters leave something out (said while the panel is closed). */
  active: number
  onToggle: () => void
  className?: string
}

/** Opens and closes the direction, kind and date filters. */
export function MoreFiltersToggle({
  open,
  panelId,
  active,
  onToggle,
  className = '',
}: MoreFiltersToggleProps) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      className={`items-center gap-1 text-sm font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700 ${className}`}
    >
      <span aria-hidden className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}>
        ▸
      </span>
      {t('filters.more')}
      {active > 0 && <span className="font-normal text-slate-600">{t('filters.active', { active })}</span>}
    </button>
  )
}
