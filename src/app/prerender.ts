import { createContext, useSyncExternalStore } from 'react'

/**
 * True while the page renders as the build prerenders it: on the server, and in the client's
 * first render over that HTML (hydration), which must match it exactly.
 */
export const PrerenderContext = createContext(false)

const never = () => () => {}

/**
 * False on the server and while hydrating its HTML, true otherwise (React renders again right
 * after hydrating, before the browser paints): what depends on the browser (the real font,
 * the home page's absolute address) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
