import { useContext, useLayoutEffect, useState, type RefObject } from 'react'
import { PrerenderContext } from '../ui/hydration.ts'

/** The axis box's width at a 1440 px window: the width the build prerenders the axis at. */
export const PRERENDER_WIDTH = 1391

/**
 * The element's content width, kept current with a ResizeObserver. Before it is measured:
 * `PRERENDER_WIDTH` on the server and while hydrating (so both write the same markup), else 0.
 */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const prerender = useContext(PrerenderContext)
  const [width, setWidth] = useState(prerender ? PRERENDER_WIDTH : 0)
  // A layout effect: the first paint already has the real width, not a zero-width frame.
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    setWidth(el.clientWidth)
    const ro = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)))
    ro.observe(el)
    return () => ro.disconnect()
  }, [ref])
  return width
}
