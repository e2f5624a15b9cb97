import { select } from 'd3-selection'
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom'
import type { ViewTransform } from './viewTransform.ts'

export type ZoomOptions = { width: number; height: number; maxScale: number }

export type ZoomController = {
  update: (o: ZoomOptions) => void
  zoomBy: (factor: number) => void
  reset: () => void
  zoomToSpan: (x0: number, x1: number, minK?: number) => void
  /** `gesture`: a pointer drives it (the overview's brush), so the view settles when it rests. */
  showRange: (u0: number, u1: number, pad: number, gesture?: boolean) => void
  centreOn: (x: number) => void
  detach: () => void
}

/**
 * d3-zoom on the axis's box: it keeps the transform and its limits, and handles pinch, touch
 * pan and double-click; its handler just hands the transform on. The wheel and the mouse drag
 * are handled here and fed to it (scaleBy, translateBy): d3-zoom looks the pointer up with
 * getBoundingClientRect on every event, which forces a layout of what the last frame drew,
 * while these read the box's position once and again only after a scroll or resize. Loaded
 * as its own chunk right after the first render, which does not need it.
 */
export function attachZoom(
  el: HTMLElement,
  onZoom: (t: ViewTransform, byPointer: boolean) => void,
  initial: ZoomOptions,
  /** A drag has ended (the button is up): the view rests now, no need to wait. */
  onRest: () => void = () => {},
): ZoomController {
  const behaviour = zoom<HTMLElement, unknown>()
  const selection = select(el)
  let opts = initial
  const configure = () => {
    behaviour
      .scaleExtent([1, opts.maxScale])
      .extent([
        [0, 0],
        [opts.width, opts.height],
      ])
      .translateExtent([
        [0, 0],
        [opts.width, opts.height],
      ])
  }
  configure()
  // The wheel and the mouse's drag are ours (below); touches and double-clicks stay d3's.
  behaviour.filter((event: Event) => {
    if (event.type === 'wheel' || event.type === 'mousedown') return false
    const e = event as MouseEvent
    return !e.ctrlKey && !e.button
  })
  // Several wheel or pointer events can arrive within one frame: render once per frame. A
  // step from the pointer carries its source event; one from a button or a call does not.
  let pending: ZoomTransform | null = null
  let byPointer = false
  behaviour.on('zoom', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
    if (pending === null)
      requestAnimationFrame(() => {
        const t = pending
        pending = null
        if (t) onZoom({ k: t.k, x: t.x }, byPointer)
        byPointer = false
      })
    pending = e.transform
    byPointer ||= !!e.sourceEvent
  })
  selection.call(behaviour)

  // Where the box is, read once and again only after a scroll or a resize moved it.
  let box: DOMRect | null = null
  const forget = () => (box = null)
  const where = () => (box ??= el.getBoundingClientRect())
  window.addEventListener('scroll', forget, { capture: true, passive: true })
  window.addEventListener('resize', forget, { passive: true })
  const resized = new ResizeObserver(forget)
  resized.observe(el)

  // Wheel and trackpad: d3-zoom's own arithmetic (https://d3js.org/d3-zoom#zoom_wheelDelta).
  const onWheel = (event: WheelEvent) => {
    const k = zoomTransform(el).k
    const delta =
      -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1)
    const next = Math.min(opts.maxScale, Math.max(1, k * 2 ** delta))
    // At a limit, the page scrolls instead, as it does with d3-zoom.
    if (next === k) return
    event.preventDefault()
    const b = where()
    byPointer = true
    behaviour.scaleBy(selection, next / k, [event.clientX - b.left, event.clientY - b.top])
  }
  el.addEventListener('wheel', onWheel, { passive: false })

  // Mouse drag pans; a drag that moved does not also click what it ends on.
  let dragFrom: number | null = null
  let moved = false
  const onMove = (event: MouseEvent) => {
    if (dragFrom === null) return
    const dx = event.clientX - dragFrom
    if (Math.abs(dx) < 1) return
    dragFrom = event.clientX
    moved = true
    byPointer = true
    behaviour.translateBy(selection, dx / zoomTransform(el).k, 0)
  }
  const onUp = () => {
    dragFrom = null
    window.removeEventListener('mousemove', onMove)
    window.removeEventListener('mouseup', onUp)
    if (!moved) return
    // After the frame that draws the drag's last step (frame callbacks run in order).
    requestAnimationFrame(onRest)
    const swallow = (e: MouseEvent) => {
      e.stopPropagation()
      e.preventDefault()
    }
    // The click comes right after the mouseup, before any timer: the guard lasts that long.
    window.addEventListener('click', swallow, { capture: true, once: true })
    setTimeout(() => window.removeEventListener('click', swallow, { capture: true }))
  }
  const onDown = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey) return
    dragFrom = event.clientX
    moved = false
    window.addEventListener('mousemove', onMove)
    window.addEventListener('mouseup', onUp)
  }
  el.addEventListener('mousedown', onDown)

  return {
    update(o) {
      opts = o
      configure()
      // Re-apply the current transform so it is clamped to the new extent after a resize.
      behaviour.transform(selection, zoomTransform(el))
    },
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    reset: () => behaviour.transform(selection, zoomIdentity),
    zoomToSpan(x0, x1, minK = 1) {
      const k = Math.min(opts.maxScale, Math.max(1, minK, opts.width / Math.max(x1 - x0, 1)))
      behaviour.transform(
        selection,
        zoomIdentity
          .translate(opts.width / 2, 0)
          .scale(k)
          .translate(-(x0 + x1) / 2, 0),
      )
    },
    showRange(u0, u1, pad, gesture = false) {
      // Read in the frame that hands the step on (with the step's own source event's flag).
      if (gesture) byPointer = true
      // Unzoomed px u0 and u1 land exactly at the plot's edges (pad from each side of the view).
      const k = Math.min(opts.maxScale, Math.max(1, (opts.width - 2 * pad) / Math.max(u1 - u0, 1e-6)))
      behaviour.transform(selection, zoomIdentity.translate(pad - k * u0, 0).scale(k))
    },
    centreOn: (x) => behaviour.translateTo(selection, x, opts.height / 2),
    detach() {
      selection.on('.zoom', null)
      el.removeEventListener('wheel', onWheel)
      el.removeEventListener('mousedown', onDown)
      window.removeEventListener('scroll', forget, { capture: true })
      window.removeEventListener('resize', forget)
      resized.disconnect()
    },
  }
}
