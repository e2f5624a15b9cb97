/**
 * What the moving layer (eras, ticks and marks, three views wide) holds: drawn at zoom `k` and
 * pan `tx`, valid over [from, to] of its own px. A mark at zoomed x u sits at u + tx + width
 * in the layer; the layer is shifted by (now's tx − tx − width) to show the view.
 */
export type Region = { k: number; tx: number; from: number; to: number; content: unknown }

/** Whether a region holds just the view (one width, in the middle of the three). */
export const isViewOnly = (r: Region, width: number) => r.from === width && r.to === 2 * width

/**
 * The region to show next. The same object (nothing to draw) while a pan stays inside what was
 * drawn; the view alone for a first drawing, a zoom step or new content (the least work
 * before the next frame; the layer widens it when the page is idle, see `widened`); all three
 * widths when a pan leaves the drawn stretch. `content` is anything whose identity changes
 * when the layer must be drawn again at the same zoom (the marks, the width, the open event,
 * the theme).
 */
export function nextRegion(
  prev: Region | null,
  k: number,
  tx: number,
  width: number,
  content: unknown,
): Region {
  if (prev && prev.k === k && prev.content === content) {
    const shift = tx - prev.tx
    if (width - shift >= prev.from && 2 * width - shift <= prev.to) return prev
    return { k, tx, from: 0, to: 3 * width, content }
  }
  return { k, tx, from: width, to: 2 * width, content }
}

/** The same view, drawn three widths wide: what an idle moment does after a view-only drawing, so a pan is ready. */
export function widened(r: Region, width: number): Region {
  return { ...r, from: 0, to: 3 * width }
}
