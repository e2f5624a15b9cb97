import type { ReactNode } from 'react'
import { t } from '../i18n/i18n.ts'
import { ShapeLegend } from './ShapeLegend.tsx'

type TimelineToolbarProps = {
  /** The dates the view spans, e.g. "1 Jan 2019 – 1 Jan 2026". */
  rangeLabel: string
  canZoomIn: boolean
  canZoomOut: boolean
  onZoomIn: () => void
  onZoomOut: () => void
  onReset: () => void
  /** Whether years with no message found are marked. */
  silences: boolean
  onSilences: (on: boolean) => void
  /** "Download image", beside the zoom (Timeline.tsx gives it the view to draw). */
  download?: ReactNode
}

export const toolbarButton =
  'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700'

/** Zoom buttons and the visible date range, above the axis. */
export function TimelineToolbar({
  rangeLabel,
  canZoomIn,
  canZoomOut,
  onZoomIn,
  onZoomOut,
  onReset,
  silences,
  onSilences,
  download,
}: TimelineToolbarProps) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-2">
      <div role="group" aria-label={t('timeline.zoom')} className="flex gap-1">
        <button
          type="button"
          className={toolbarButton}
          onClick={onZoomIn}
          disabled={!canZoomIn}
          aria-label={t('timeline.zoomIn')}
          title={t('timeline.zoomInKey')}
        >
          <span aria-hidden>+</span>
        </button>
        <button
          type="button"
          className={toolbarButton}
          onClick={onZoomOut}
          disabled={!canZoomOut}
          aria-label={t('timeline.zoomOut')}
          title={t('timeline.zoomOutKey')}
        >
          <span aria-hidden>−</span>
        </button>
        <button
          type="button"
          className={toolbarButton}
          onClick={onReset}
          disabled={!canZoomOut}
          title={t('timeline.resetKey')}
        >
          {t('timeline.reset')}
        </button>
      </div>
      {download}
      {/* The range's text changes with the window and the zoom; what follows must not move
          with it. On a phone it has a row of its own; wider, room for the longest range. */}
      <p
        className="basis-full text-sm whitespace-nowrap text-slate-600 sm:min-w-56 sm:basis-auto"
        data-testid="visible-range"
      >
        <span className="sr-only">{t('timeline.visibleRangeIs')}</span>
        {rangeLabel}
      </p>
      <div className="basis-full sm:ml-auto sm:basis-auto">
        <ShapeLegend silences={silences} onSilences={onSilences} />
      </div>
    </div>
  )
}
