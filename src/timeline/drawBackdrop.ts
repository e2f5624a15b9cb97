import type { Tick } from './axisTicks.ts'
import type { Ink } from './drawMarks.ts'

/** An era as drawn: its band's left and right, in the canvas's px. */
export type EraBand = { id: string; label: string; x0: number; x1: number }

const ERA_FONT_PX = 11
const TICK_FONT_PX = 11

/**
 * What the marks sit on, in the moving layer: era bands (named at their foot when the name
 * fits), year lines through the lanes, month and day ticks in the band at the top, and the
 * tick labels. `top` is where the lanes begin.
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
    ink: Ink
  },
) {
  const { ticks, eras, top, height, from, to, ink } = o
  for (const era of eras) {
    const x0 = Math.max(from, era.x0)
    const x1 = Math.min(to, era.x1)
    if (x1 - x0 < 1) continue
    c.fillStyle = ink.eraFill
    c.globalAlpha = ink.eraAlpha
    c.fillRect(x0, top, x1 - x0, height - top)
    c.globalAlpha = 1
    c.fillStyle = ink.eraStripe
    c.fillRect(x0, top, x1 - x0, 3)
    c.font = `500 ${ERA_FONT_PX}px ${ink.font}`
    if (c.measureText(era.label).width + 12 <= era.x1 - era.x0) {
      c.fillStyle = ink.eraText
      c.textBaseline = 'alphabetic'
      c.fillText(era.label, Math.max(era.x0, from) + 6, height - 6)
    }
  }
  c.fillStyle = ink.grid
  c.fillRect(from, top - 0.5, to - from, 1)
  for (const t of ticks) {
    const x = Math.round(t.x) + 0.5
    if (t.major) c.fillRect(x - 0.5, top - 6, 1, height - top + 6)
    else for (let y = top - 6; y < top; y += 5) c.fillRect(x - 0.5, y, 1, 2)
  }
  c.textAlign = 'center'
  c.textBaseline = 'alphabetic'
  for (const t of ticks) {
    c.font = `${t.major ? '600 ' : ''}${TICK_FONT_PX}px ${ink.font}`
    c.fillStyle = t.major ? ink.tickMajor : ink.tickMinor
    c.fillText(t.label, t.x, top - 11)
  }
  c.textAlign = 'start'
}
