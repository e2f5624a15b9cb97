import type { CDPSession, Page } from '@playwright/test'

/** Main-thread time by kind, in ms, from Chrome's Performance domain. */
export type Work = { task: number; script: number; style: number; layout: number }

export async function work(cdp: CDPSession): Promise<Work> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
  }
}

export type StreamResult = {
  /** rAF deltas while the stream ran, in ms. */
  deltas: number[]
  steps: number
  /** Main-thread work per input step, in ms, by kind. */
  perStep: Work
  /**
   * The longest frame at the stream's edges, in ms: in the first 100 ms after its first event
   * (where a gesture starts: the controls hide) and in the 500 ms after its last (where the
   * view settles: the controls come back).
   */
  edgeMs: number
}

const FRAME_MS = 1000 / 60

/**
 * A continuous stream, as a trackpad or a spun wheel sends: one input event per animation
 * frame for `ms` (half in, half out for a wheel; left then right for a drag). Sent as real
 * input through Chrome (Input.dispatchMouseEvent), so the page sees what a mouse would send
 * (wheel and the legacy mousewheel, pointer and mouse events) at the point under it.
 */
export async function stream(
  page: Page,
  selector: string,
  cdp: CDPSession,
  kind: 'wheel' | 'drag',
  ms = 2000,
): Promise<StreamResult> {
  const box = (await page.locator(selector).first().boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.evaluate(`(() => {
    window.__frames = []
    window.__recording = true
    const loop = (t) => { if (!window.__recording) return; window.__frames.push(t); requestAnimationFrame(loop) }
    requestAnimationFrame(loop)
  })()`)
  const before = await work(cdp)
  await page.evaluate(`window.__t0 = performance.now()`)
  if (kind === 'drag')
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 })
  const start = Date.now()
  let steps = 0
  for (;;) {
    const elapsed = Date.now() - start
    if (elapsed >= ms) break
    const first = elapsed < ms / 2
    if (kind === 'wheel')
      await cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseWheel',
        x,
        y,
        deltaX: 0,
        deltaY: first ? -60 : 60,
      })
    else
      await cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseMoved',
        x: x + (first ? -1 : 1) * Math.min(elapsed, ms - elapsed) * 0.4,
        y,
        button: 'left',
        buttons: 1,
      })
    steps++
    // Pace to one event a frame: wait out the rest of this frame's time.
    const next = start + steps * FRAME_MS
    const wait = next - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  }
  await page.evaluate(`window.__t1 = performance.now()`)
  if (kind === 'drag')
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 })
  await page.waitForTimeout(600)
  const after = await work(cdp)
  const { frames, t0, t1 } = (await page.evaluate(
    `(() => { window.__recording = false; return { frames: window.__frames, t0: window.__t0, t1: window.__t1 } })()`,
  )) as { frames: number[]; t0: number; t1: number }
  const per = (k: keyof Work) => (after[k] - before[k]) / Math.max(steps, 1)
  // A frame's delta belongs to the frame that ends at frames[i + 1].
  const edge = (from: number, to: number) =>
    Math.max(0, ...frames.slice(1).flatMap((t, i) => (t >= from && t <= to ? [t - frames[i]] : [])))
  return {
    edgeMs: Math.max(edge(t0, t0 + 100), edge(t1, t1 + 500)),
    deltas: frames.slice(1).map((t, i) => t - frames[i]),
    steps,
    perStep: { task: per('task'), script: per('script'), style: per('style'), layout: per('layout') },
  }
}
