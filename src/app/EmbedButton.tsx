import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react'
import { t } from '../i18n/i18n.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import type { ViewState } from './urlState.ts'

// The panel with the snippet loads when first opened: the first view carries only the button.
const EmbedPanel = lazy(() => import('./EmbedPanel.tsx').then((m) => ({ default: m.EmbedPanel })))

type EmbedButtonProps = {
  className: string
  /** The view to embed (the frame is named after it: "Victory Day, 2020–2025"). */
  view: ViewState
  corpus: CorpusIndex
}

/**
 * "Embed": a snippet that puts the current view (filters, search, dates, view, language) in
 * another site's article, as wide as its column and as tall as the view.
 */
export function EmbedButton({ className, view, corpus }: EmbedButtonProps) {
  const [open, setOpen] = useState(false)
  const panel = useId()
  const box = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  return (
    <div ref={box} className="relative">
      <button
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen((o) => !o)}
      >
        {t('share.embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedPanel
            id={panel}
            box={box}
            className={className}
            view={view}
            corpus={corpus}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  )
}
