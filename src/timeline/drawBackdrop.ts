import { labelPlaces, type Tick } from './axisTicks.ts'
import type { Ink } from './drawMarks.ts'
import { measureText } from './measureLabel.ts'
import { BACKGROUND, ERA, font, TICK } from './picture.ts'

/** An era as drawn: its band's left and right, in the canvas's px. */
export type EraBand = { id: string; label: string; x0: number; x1: number }

const ERA_TEXT = { px: ERA.px, weight: ERA.weight }
const tickText = (t: Tick) => ({ px: TICK.px, weight: t.major ? TICK.majorWeight : 400 })

/**
 * What the marks sit on, in the moving layer: era bands (named at their foot when the name
 * fits), year lines through the lanes, month and day ticks in the band at the top, and the
 * tick labels, kept within the corpus's days (`left`, `right`). `top` is where the lanes begin.
 */
export function drawBackdrop(
  c: CanvasRenderingContext2D,
  o: {
    ticks: readonly Tick[]
    eras: readonly EraBand[]
    top: number
    height: number
    from: number
    to: number
    left: number
    right: number
    ink: Ink
  },
) {
  const { ticks, eras, top, height, from, to, ink } = o
  const wash = BACKGROUND[ink.theme]
  for (const era of eras) {
    const x0 = Math.max(from, era.x0)
    const x1 = Math.min(to, era.x1)
    if (x1 - x0 < 1) continue
    c.fillStyle = wash.era
    c.globalAlpha = wash.eraAlpha
    c.fillRect(x0, top, x1 - x0, height - top)
    c.globalAlpha = 1
    c.fillStyle = ink.eraStripe
    c.fillRect(x0, top, x1 - x0, ERA.stripe)
    if (measureText(era.label, ERA_TEXT) + 2 * ERA.inset <= era.x1 - era.x0) {
      c.font = font(ERA.px, ERA.weight, ink.font)
      c.fillStyle = ink.eraText
      c.textBaseline = 'alphabetic'
      c.fillText(era.label, Math.max(era.x0, from) + ERA.inset, height - ERA.foot)
    }
  }
  c.fillStyle = ink.grid
  c.fillRect(from, top - 0.5, to - from, 1)
  const [dash, gap] = TICK.dash
  for (const t of ticks) {
    const x = Math.round(t.x) + 0.5
    if (t.major) c.fillRect(x - 0.5, top - TICK.length, 1, height - top + TICK.length)
    else for (let y = top - TICK.length; y < top; y += dash + gap) c.fillRect(x - 0.5, y, 1, dash)
  }
  c.textAlign = 'center'
  c.textBaseline = 'alphabetic'
  const places = labelPlaces(ticks, o.left, o.right, (t) => measureText(t.label, tickText(t)))
  ticks.forEach((t, i) => {
    const x = places[i]
    if (x === null) return
    c.font = font(TICK.px, tickText(t).weight, ink.font)
    c.fillStyle = t.major ? ink.tickMajor : ink.tickMinor
    c.fillText(t.label, x, top - TICK.labelGap)
  })
  c.textAlign = 'start'
}
