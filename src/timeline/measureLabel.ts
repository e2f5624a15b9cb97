/** Label text size, in px, as the axis draws it (see Mark.tsx). */
export const LABEL_FONT_PX = 12
const FALLBACK_CHAR_PX = 6.6

const widths = new Map<string, number>()
let context: CanvasRenderingContext2D | null | undefined

/**
 * The width of a label in the page's real font (canvas measureText), cached per title, so
 * Korean and Cyrillic titles measure true. Without a canvas (the server renderer) it falls
 * back to an average advance per character.
 */
export function measureLabel(text: string): number {
  let w = widths.get(text)
  if (w !== undefined) return w
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null)
    if (context) context.font = `${LABEL_FONT_PX}px ${getComputedStyle(document.documentElement).fontFamily}`
  }
  w = context ? context.measureText(text).width : estimateLabel(text)
  widths.set(text, w)
  return w
}

/**
 * A label's width from an average advance per character: what the server can know, and so
 * what the first render over its HTML uses too (the real font takes over right after).
 */
export function estimateLabel(text: string): number {
  return text.length * FALLBACK_CHAR_PX
}
