/** Average advance of the label font (12px system sans) per character, in px. */
export const CHAR_PX = 6.6
/** Narrower than this and a label would be only an ellipsis: leave it out. */
export const MIN_LABEL_PX = 52

export type MarkX = { x: number; radius: number; title?: string }
export type Label = { index: number; x: number; text: string; width: number }

/** `text` cut to fit `px`, with an ellipsis when cut. */
export function fitText(text: string, px: number): string {
  const max = Math.floor(px / CHAR_PX)
  if (text.length <= max) return text
  return max <= 1 ? '' : `${text.slice(0, max - 1).trimEnd()}…`
}

/**
 * Labels to the right of single marks in one lane, each cut to end before the next mark
 * (or the right edge), so labels never overlap marks or each other. Marks without a
 * `title` (clusters) get none. `marks` are sorted by x.
 */
export function placeLabels(marks: readonly MarkX[], right: number, gap = 5): Label[] {
  const labels: Label[] = []
  marks.forEach((m, i) => {
    if (m.title === undefined) return
    const next = marks[i + 1]
    const x = m.x + m.radius + gap
    const limit = next ? next.x - next.radius - gap : right
    const room = limit - x
    if (room < MIN_LABEL_PX) return
    const text = fitText(m.title, room)
    if (text === '') return
    labels.push({ index: i, x, text, width: Math.min(room, text.length * CHAR_PX) })
  })
  return labels
}
