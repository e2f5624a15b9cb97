import type { Inks } from '../data/indexFormat.ts'
import type { MarkShape } from './markShape.ts'
import { CLUSTER, font, INK_TOKENS, LABEL, MARK, SILENCE, type Theme } from './picture.ts'
import { countText, type VisibleMark } from './visibleMarks.ts'

/**
 * What the canvas draws with, resolved from the page's palette in the theme it shows
 * (picture.ts names the tokens): one colour per ink, the font family and the theme.
 */
export type Ink = Record<keyof typeof INK_TOKENS, string> & { font: string; theme: Theme }

export type DrawMark = {
  mark: VisibleMark
  shape: MarkShape | 'cluster'
  inks: Inks
  count: number
  selected: boolean
}

/** A mark's fill and the text on it in the theme drawn. */
export const fillOf = (inks: Inks, theme: Theme) => (theme === 'dark' ? inks.dark : inks.light)
const textOf = (inks: Inks, theme: Theme) => (theme === 'dark' ? inks.onDark : inks.onLight)

// Marks are drawn from small bitmaps made once (a path with anti-aliasing per mark per frame
// costs several times more on a software rasteriser), a cluster's count baked into its
// bitmap: at 100,000 events nearly every mark in view is a cluster, and one bitmap a mark
// instead of two halves what is drawn each frame. ImageBitmaps, which draw faster than
// canvases. Keyed by what they look like, in maps that start over when the ink or the pixel
// ratio changes (keys built per mark per frame would cost more than the drawing).
type Sprite = CanvasImageSource & { width: number; height: number }
let made = ''
const sprites = new Map<string, Map<string, Sprite>>()
const clusterSprites = new Map<string, Map<number, Sprite>>()
let clusterCount = 0
/** Cluster bitmaps kept at most (a few MB): counts vary with the zoom at 100,000 events. */
const MAX_CLUSTER_SPRITES = 4000

function startOverIfChanged(ink: Ink, dpr: number) {
  const key = `${ink.outline}|${ink.label}|${ink.selected}|${ink.font}|${ink.theme}|${dpr}`
  if (key === made && clusterCount < MAX_CLUSTER_SPRITES) return
  made = key
  sprites.clear()
  clusterSprites.clear()
  clusterCount = 0
}

/** One offscreen canvas per bitmap size, reused: a canvas and a context per bitmap cost more than drawing it. */
const scratch = new Map<string, OffscreenCanvasRenderingContext2D>()

function bitmap(w: number, h: number, dpr: number, draw: (c: CanvasRenderingContext2D) => void): Sprite {
  const width = Math.ceil(w * dpr)
  const height = Math.ceil(h * dpr)
  if (typeof OffscreenCanvas === 'function') {
    const size = `${width}x${height}`
    let c = scratch.get(size)
    if (!c) scratch.set(size, (c = new OffscreenCanvas(width, height).getContext('2d')!))
    c.setTransform(dpr, 0, 0, dpr, 0, 0)
    c.clearRect(0, 0, w, h)
    // The offscreen context has the same drawing API; its type lacks only the DOM parts.
    draw(c as unknown as CanvasRenderingContext2D)
    // Hands over what was drawn and leaves the canvas blank for the next bitmap.
    return c.canvas.transferToImageBitmap()
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const c = canvas.getContext('2d')!
  c.scale(dpr, dpr)
  draw(c)
  return canvas
}

function shapePath(c: CanvasRenderingContext2D, shape: MarkShape | 'cluster', r: number) {
  c.beginPath()
  if (shape === 'square') c.roundRect(-r, -r, 2 * r, 2 * r, 1.5)
  else if (shape === 'diamond') {
    const d = r * 1.25
    c.moveTo(0, -d)
    c.lineTo(d, 0)
    c.lineTo(0, d)
    c.lineTo(-d, 0)
    c.closePath()
  } else c.arc(0, 0, r, 0, 2 * Math.PI)
}

/**
 * Room around a mark's centre in its bitmap: a diamond's points reach 1.25 r, a cluster's
 * outline 1 px past r; a px more for anti-aliasing. No more: every px of a bitmap is blended
 * each frame, hundreds of times.
 */
const half = (shape: MarkShape | 'cluster', r: number) =>
  Math.ceil(shape === 'diamond' ? r * 1.25 : r) + (shape === 'cluster' ? CLUSTER.outline : 1) + 1

function markSprite(shape: MarkShape, colour: string, dpr: number) {
  let byColour = sprites.get(colour)
  if (!byColour) sprites.set(colour, (byColour = new Map()))
  let s = byColour.get(shape)
  if (s) return s
  const h = half(shape, MARK.r)
  s = bitmap(2 * h, 2 * h, dpr, (c) => {
    c.translate(h, h)
    shapePath(c, shape, MARK.r)
    c.fillStyle = colour
    c.fill()
  })
  byColour.set(shape, s)
  return s
}

function clusterSprite(count: number, colour: string, text: string, ink: Ink, dpr: number) {
  const key = count > 999 ? -Math.round(count / 1000) : count
  let byColour = clusterSprites.get(colour)
  if (!byColour) clusterSprites.set(colour, (byColour = new Map()))
  let s = byColour.get(key)
  if (s) return s
  const h = half('cluster', CLUSTER.r)
  s = bitmap(2 * h, 2 * h, dpr, (c) => {
    c.translate(h, h)
    shapePath(c, 'cluster', CLUSTER.r)
    c.fillStyle = colour
    c.fill()
    c.lineWidth = CLUSTER.outline
    c.strokeStyle = ink.outline
    c.stroke()
    c.fillStyle = text
    c.font = font(CLUSTER.countPx, CLUSTER.countWeight, ink.font)
    c.textAlign = 'center'
    c.textBaseline = 'middle'
    c.fillText(countText(count), 0, 0.5)
  })
  byColour.set(key, s)
  clusterCount++
  return s
}

/**
 * Draws the marks in view, their labels, and a ring around the open event, on a canvas whose
 * context is scaled to CSS px. `tx` is the pan: a mark at zoomed x `u` sits at u + tx.
 */
export function drawMarks(
  c: CanvasRenderingContext2D,
  marks: readonly DrawMark[],
  tx: number,
  ink: Ink,
  dpr: number,
) {
  startOverIfChanged(ink, dpr)
  // Labels are written after the marks, in one pass with one font set (fillText is cheaper
  // than a bitmap made per title, which needs a context of its own).
  const labels: (number | string)[] = []
  for (const { mark, shape, inks, count, selected } of marks) {
    const x = Math.round((mark.u + tx) * dpr) / dpr
    const y = mark.y
    const r = shape === 'cluster' ? CLUSTER.r : MARK.r
    const colour = fillOf(inks, ink.theme)
    const sprite =
      shape === 'cluster'
        ? clusterSprite(count, colour, textOf(inks, ink.theme), ink, dpr)
        : markSprite(shape, colour, dpr)
    const h = half(shape, r)
    // At one device px per CSS px, the bitmap is copied as it is (no scaling: the fastest path).
    if (dpr === 1) c.drawImage(sprite, x - h, y - h)
    else c.drawImage(sprite, x - h, y - h, 2 * h, 2 * h)
    if (mark.label) labels.push(x + LABEL.offset, y, mark.label)
    if (selected) {
      c.beginPath()
      c.arc(x, y, r + MARK.ringGap, 0, 2 * Math.PI)
      c.lineWidth = MARK.ringWidth
      c.strokeStyle = ink.selected
      c.stroke()
    }
  }
  c.textBaseline = 'middle'
  c.font = font(LABEL.px, LABEL.weight, ink.font)
  c.fillStyle = ink.label
  for (let i = 0; i < labels.length; i += 3)
    c.fillText(labels[i + 2] as string, labels[i] as number, labels[i + 1] as number)
}

/** Dashed rings where a recurring message was not found (few: at most one per occasion, direction and year). */
export function drawSilences(
  c: CanvasRenderingContext2D,
  rings: readonly { x: number; y: number; colour: string }[],
) {
  if (rings.length === 0) return
  c.save()
  c.lineWidth = SILENCE.stroke
  c.setLineDash(SILENCE.dash)
  for (const r of rings) {
    c.beginPath()
    c.arc(r.x, r.y, SILENCE.r, 0, 2 * Math.PI)
    c.strokeStyle = r.colour
    c.stroke()
  }
  c.restore()
}
