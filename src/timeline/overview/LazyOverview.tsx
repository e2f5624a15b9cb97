import { lazy, Suspense, type ComponentProps } from 'react'
import { OVERVIEW_H } from './overviewSize.ts'

// The overview strip and d3-brush load in their own chunk, after the first paint (the
// prerendered page has its HTML already); until then its room is kept, so nothing below moves.
const Overview = lazy(() => import('./Overview.tsx').then((m) => ({ default: m.Overview })))

/** The overview, loaded on its own. */
export function LazyOverview(props: ComponentProps<typeof Overview>) {
  return (
    <Suspense
      fallback={
        <div
          aria-hidden
          className="border-t border-slate-200 bg-slate-50"
          style={{ height: OVERVIEW_H + 1 }}
        />
      }
    >
      <Overview {...props} />
    </Suspense>
  )
}
