import { lazy, Suspense, type ComponentProps } from 'react'
import { t } from '../i18n/i18n.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'

// The panel's code loads when an event is first opened.
const DetailPanel = lazy(() => import('../detail/DetailPanel.tsx').then((m) => ({ default: m.DetailPanel })))

/** The open event's panel, loaded on first use, caught by an error boundary that can close it. */
export function PanelSlot(props: ComponentProps<typeof DetailPanel>) {
  return (
    <ErrorBoundary key={props.event.id} onClose={props.onClose}>
      <Suspense fallback={<PanelLoading />}>
        <DetailPanel {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}

function PanelLoading() {
  return (
    <p
      role="status"
      className="fixed inset-x-0 bottom-0 z-30 bg-white p-4 text-sm text-slate-600 shadow-2xl lg:static"
    >
      {t('app.panel.opening')}
    </p>
  )
}
