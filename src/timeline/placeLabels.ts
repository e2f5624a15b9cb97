import { LABEL } from './picture.ts'

export type MarkX = { x: number; radius: number; row: number; title?: string }
export type Label = { index: number; x: number; text: string; width: number }

/**
 * Whole labels or none: a single mark gets its title to its right only where the whole title
 * fits before the next mark of the same row (and before `right`); otherwise it has none, and
 * the title shows on hover and focus. Widths come from `measure` (the real font, in the
 * browser). `marks` are one lane's, sorted by x.
 */
export function placeLabels(
  marks: readonly MarkX[],
  right: number,
  measure: (text: string) => number,
  gap = 6,
): Label[] {
  const labels: Label[] = []
  const nextLeft = new Map<number, number>()
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]
    const limit = nextLeft.get(m.row) ?? right
    nextLeft.set(m.row, m.x - m.radius)
    if (m.title === undefined) continue
    const x = m.x + LABEL.offset
    const width = measure(m.title)
    if (x + width + gap <= limit) labels.push({ index: i, x, text: m.title, width })
  }
  return labels.reverse()
}
