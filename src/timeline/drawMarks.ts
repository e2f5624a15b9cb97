import { LABEL_OFFSET_PX } from './layoutLanes.ts'
import type { MarkShape } from './markShape.ts'
import { LABEL_FONT_PX } from './measureLabel.ts'
import { CLUSTER_R, MARK_R, type VisibleMark } from './visibleMarks.ts'

/** The colours the canvas cannot read from classes: resolved from the page's palette (light or dark). */
export type Ink = {
  outline: string
  label: string
  selected: string
  font: string
  grid: string
  tickMajor: string
  tickMinor: string
  eraFill: string
  eraAlpha: number
  eraStripe: string
  eraText: string
}

export type DrawMark = {
  mark: VisibleMark
  shape: MarkShape | 'cluster'
  colour: string
  count: number
  selected: boolean
}

// Marks and labels are drawn from small bitmaps made once (a path with anti-aliasing per mark
// per frame costs several times more on a software rasteriser). Keyed by what they look like,
// in maps that start over when the ink or the pixel ratio changes (keys built per mark per
// frame would cost more than the drawing).
let made = ''
const sprites = new Map<string, Map<string, HTMLCanvasElement>>()

function startOverIfChanged(ink: Ink, dpr: number) {
  const key = `${ink.outline}|${ink.label}|${ink.selected}|${ink.font}|${dpr}`
  if (key === made) return
  made = key
  sprites.clear()
  countSprites.clear()
}

function bitmap(w: number, h: number, dpr: number, draw: (c: CanvasRenderingContext2D) => void) {
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(w * dpr)
  canvas.height = Math.ceil(h * dpr)
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

const countSprites = new Map<number, HTMLCanvasElement>()
const COUNT_W = 22
const COUNT_H = 14

/** A cluster's count in white, made once per number (fillText for hundreds of badges a frame costs more). */
function countSprite(count: number, ink: Ink, dpr: number) {
  const key = count > 999 ? -Math.round(count / 1000) : count
  let s = countSprites.get(key)
  if (s) return s
  s = bitmap(COUNT_W, COUNT_H, dpr, (c) => {
    c.fillStyle = '#fff'
    c.font = `600 10px ${ink.font}`
    c.textAlign = 'center'
    c.textBaseline = 'middle'
    c.fillText(key < 0 ? `${-key}k` : String(key), COUNT_W / 2, COUNT_H / 2 + 0.5)
  })
  countSprites.set(key, s)
  return s
}

/** Room around a mark's centre in its bitmap: the diamond's points and the outline. */
const half = (r: number) => Math.ceil(r * 1.25) + 3

function markSprite(shape: MarkShape | 'cluster', colour: string, ink: Ink, dpr: number) {
  let byColour = sprites.get(colour)
  if (!byColour) sprites.set(colour, (byColour = new Map()))
  let s = byColour.get(shape)
  if (s) return s
  const r = shape === 'cluster' ? CLUSTER_R : MARK_R
  const h = half(r)
  s = bitmap(2 * h, 2 * h, dpr, (c) => {
    c.translate(h, h)
    shapePath(c, shape, r)
    c.fillStyle = colour
    c.fill()
    if (shape === 'cluster') {
      c.lineWidth = 2
      c.strokeStyle = ink.outline
      c.stroke()
    }
  })
  byColour.set(shape, s)
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
  for (const { mark, shape, colour, count, selected } of marks) {
    const x = Math.round((mark.u + tx) * dpr) / dpr
    const y = mark.y
    const r = shape === 'cluster' ? CLUSTER_R : MARK_R
    const h = half(r)
    c.drawImage(markSprite(shape, colour, ink, dpr), x - h, y - h, 2 * h, 2 * h)
    if (shape === 'cluster') {
      const n = countSprite(count, ink, dpr)
      c.drawImage(n, x - n.width / dpr / 2, y - n.height / dpr / 2, n.width / dpr, n.height / dpr)
    }
    if (mark.label) labels.push(x + LABEL_OFFSET_PX, y, mark.label)
    if (selected) {
      c.beginPath()
      c.arc(x, y, r + 4, 0, 2 * Math.PI)
      c.lineWidth = 2
      c.strokeStyle = ink.selected
      c.stroke()
    }
  }
  c.textBaseline = 'middle'
  c.font = `${LABEL_FONT_PX}px ${ink.font}`
  c.fillStyle = ink.label
  for (let i = 0; i < labels.length; i += 3)
    c.fillText(labels[i + 2] as string, labels[i] as number, labels[i + 1] as number)
}
