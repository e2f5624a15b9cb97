import { useEffect, useState, type RefObject } from 'react'

/** The box's scroll offset and height, read at most once a frame (for a virtualised list). */
export function useScrollWindow(boxRef: RefObject<HTMLElement | null>) {
  const [view, setView] = useState({ top: 0, height: 600 })
  useEffect(() => {
    const box = boxRef.current
    if (!box) return
    let frame = 0
    const read = () => {
      frame = 0
      setView({ top: box.scrollTop, height: box.clientHeight })
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    read()
    box.addEventListener('scroll', onScroll, { passive: true })
    const ro = new ResizeObserver(onScroll)
    ro.observe(box)
    return () => {
      box.removeEventListener('scroll', onScroll)
      ro.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [boxRef])
  return view
}
