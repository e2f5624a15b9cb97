import { createContext, startTransition, useEffect, useState } from 'react'

/**
 * True while the page renders as the build prerenders it: on the server, and in the client's
 * first render over that HTML (hydration), which must match it exactly.
 */
export const PrerenderContext = createContext(false)

/** Whether the page runs in the browser past hydration (set at once when nothing is hydrated). */
let inBrowser = false

/** For a client that renders afresh (nothing to hydrate): the browser's values from the first render. */
export function renderingAfresh() {
  inBrowser = true
}

/**
 * False on the server and while hydrating its HTML, true otherwise. After hydration it turns
 * true in a transition, so React redoes what depends on the browser (the real font, the home
 * page's absolute address) in slices, without holding up the first input.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(inBrowser)
  useEffect(() => {
    if (hydrated) return
    inBrowser = true
    startTransition(() => setHydrated(true))
  }, [hydrated])
  return hydrated
}
