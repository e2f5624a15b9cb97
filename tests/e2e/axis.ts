import type { Page } from '@playwright/test'

/** The axis's controls for events and clusters (not the silences' "none found" marks). */
export const MARK = '[role="button"]:not([data-silence])'

export type DrawnMark = { x: number; y: number; r: number; label?: string; labelWidth?: number; id?: string }
export type DrawnTick = { x: number; label: string; major: boolean }
export type Drawn = {
  width: number
  marks: DrawnMark[]
  ticks: DrawnTick[]
  eras: { id: string; label: string; x0: number; x1: number }[]
}

/**
 * What the axis's canvas drew, where it is now on screen (px from the axis's left edge), as
 * the moving layer records it beside the drawing: marks, labels, ticks and eras in view.
 */
export async function drawn(page: Page): Promise<Drawn> {
  // The canvas draws once the page has woken up (the controls show the marks until then).
  await page.locator('.canvas-drawn').waitFor()
  return page.getByTestId('moving-layer').evaluate((layer) => {
    type Raw = {
      viewTx: number
      drawnMarks: { u: number; y: number; r: number; label?: string; labelWidth?: number; id?: string }[]
      drawnTicks: { x: number; label: string; major: boolean }[]
      drawnEras: { id: string; label: string; x0: number; x1: number }[]
    }
    const l = layer as unknown as Raw
    const width = (layer.parentElement as HTMLElement).clientWidth
    const tx = l.viewTx
    const inView = (x: number) => x >= 0 && x <= width
    return {
      width,
      marks: l.drawnMarks.map((m) => ({ ...m, x: m.u + tx })).filter((m) => inView(m.x)),
      ticks: l.drawnTicks.map((t) => ({ ...t, x: t.x + tx })).filter((t) => inView(t.x)),
      eras: l.drawnEras
        .map((e) => ({ ...e, x0: e.x0 + tx, x1: e.x1 + tx }))
        .filter((e) => e.x1 > 0 && e.x0 < width),
    }
  })
}
