/**
 * What the moving layer (eras, ticks and marks, three views wide) holds: drawn at zoom `k` and
 * pan `tx`, valid over [from, to] of its own px. A mark at zoomed x u sits at u + tx + width
 * in the layer; the layer is shifted by (now's tx − tx − width) to show the view.
 */
export type Region = { k: number; tx: number; from: number; to: number; content: unknown }

/**
 * The region to show next. The same object (nothing to draw) while a pan stays inside what was
 * drawn; the view alone after a zoom step (the next frame will zoom again); all three widths
 * when a pan leaves the drawn stretch or the content changed. `content` is anything whose
 * identity changes when the layer must be drawn again at the same zoom (the marks, the width,
 * the open event, the theme).
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
  }
  const zooming = prev !== null && prev.content === content && prev.k !== k
  return zooming ? { k, tx, from: width, to: 2 * width, content } : { k, tx, from: 0, to: 3 * width, content }
}
