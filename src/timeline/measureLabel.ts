import { LABEL, ROUGH_CHAR_PX, font } from './picture.ts'

/** A text style the axis writes in: size and weight (see picture.ts). */
export type TextStyle = { px: number; weight: number }

const widths = new Map<string, number>()
let context: CanvasRenderingContext2D | null | undefined
/** The page's font family, read once: reading it later, after the page changed, would force a restyle. */
let family = ''

/**
 * The width of a text in the page's real font (canvas measureText), cached per style and
 * text, so Korean and Cyrillic titles measure true. The canvas, the SVG controls and the
 * labels' layout all fit text by it. Without a canvas (the server renderer) it falls back to
 * the estimate.
 */
export function measureText(text: string, style: TextStyle = LABEL): number {
  const key = `${style.px}/${style.weight}/${text}`
  let w = widths.get(key)
  if (w !== undefined) return w
  if (context === undefined)
    context =
      typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null)
  if (context) {
    family ||= getComputedStyle(document.documentElement).fontFamily
    context.font = font(style.px, style.weight, family)
    w = context.measureText(text).width
  } else w = estimateText(text, style)
  widths.set(key, w)
  return w
}

/** Hangul (and Chinese characters): about an em wide each, twice a Latin letter's advance. */
const WIDE = /[\p{Script=Hangul}\p{Script=Han}]/gu

/**
 * A text's width from an average advance per character (an em for a Hangul syllable): what
 * the server can know, and so what the first render over its HTML uses too (the real font
 * takes over right after).
 */
export function estimateText(text: string, style: TextStyle = LABEL): number {
  const wide = text.match(WIDE)?.length ?? 0
  return (text.length - wide) * ROUGH_CHAR_PX * (style.px / LABEL.px) + wide * style.px
}

/** A mark's label, measured (the marks' layout takes a one-argument measure). */
export const measureLabel = (text: string) => measureText(text)
export const estimateLabel = (text: string) => estimateText(text)
