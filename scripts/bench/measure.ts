import type { CDPSession, Page } from '@playwright/test'

/** What one page load of one timeline measured. */
export type RunResult = {
  firstRenderMs: number
  zoomP50: number
  zoomP95: number
  zoomSettleMs: number
  /** Main-thread busy time (task duration) per wheel step: what a frame costs, unclamped by vsync. */
  zoomWorkPerStepMs: number
  panP50: number
  panP95: number
  panSettleMs: number
  panWorkPerStepMs: number
  filterToPaintMs: number
  /** Ours only (NaN for vis-timeline, which has neither). */
  searchToPaintMs: number
  sortToPaintMs: number
  heapMb: number
  domNodes: number
  /** A continuous wheel stream (one event per frame, 2 s, in then out): main-thread work per event. */
  wheelStreamWorkMs: number
  /** ...and its frames' p95, in ms. */
  wheelStreamP95: number
  /** A continuous drag (one move per frame, 2 s, left then right): main-thread work per move. */
  dragStreamWorkMs: number
  dragStreamP95: number
  /** The longest frame where a stream starts or settles (wheel, drag), in ms. */
  wheelEdgeMs: number
  dragEdgeMs: number
}

/** Installed before any page script: a rAF loop that records frame times when asked. */
export const RECORDER = `
window.__bench = { frames: [], recording: false, lastMutation: 0, clickAt: 0, paintAfter: 0, firstPaintAfter: 0 };
(function loop(t) { if (window.__bench.recording) window.__bench.frames.push(t); requestAnimationFrame(loop) })(0);
document.addEventListener('click', () => { window.__bench.clickAt = performance.now() }, { capture: true });
document.addEventListener('keydown', () => { window.__bench.clickAt = performance.now() }, { capture: true });
`

type Bench = {
  frames: number[]
  recording: boolean
  lastMutation: number
  clickAt: number
  paintAfter: number
  firstPaintAfter: number
}
declare global {
  interface Window {
    __bench: Bench
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Watches `selector` for DOM changes: the view has settled when none came for `quietMs`. */
async function watch(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const b = window.__bench
    b.frames = []
    b.recording = true
    b.lastMutation = performance.now()
    const target = document.querySelector(sel) ?? document.body
    new MutationObserver(() => {
      b.lastMutation = performance.now()
      requestAnimationFrame(() =>
        setTimeout(() => {
          b.paintAfter = performance.now()
          if (b.firstPaintAfter === 0 && b.paintAfter >= b.clickAt) b.firstPaintAfter = b.paintAfter
        }),
      )
    }).observe(target, { subtree: true, childList: true, attributes: true, characterData: true })
  }, selector)
}

async function settle(page: Page, quietMs = 400, maxMs = 15_000) {
  const lastInput = await page.evaluate(() => performance.now())
  const started = Date.now()
  for (;;) {
    const quiet = await page.evaluate(() => performance.now() - window.__bench.lastMutation)
    if (quiet >= quietMs || Date.now() - started > maxMs) break
    await page.waitForTimeout(50)
  }
  return page.evaluate((input) => {
    const b = window.__bench
    b.recording = false
    const deltas = b.frames.slice(1).map((t, i) => t - b.frames[i])
    return { deltas, settleMs: Math.max(0, b.paintAfter - input) }
  }, lastInput)
}

/** The renderer main thread's total task time so far, in ms (Chrome's Performance domain). */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

/** Frame times while 30 wheel steps zoom in (15) and back out (15) over the middle. */
export async function measureZoom(page: Page, selector: string, cdp: CDPSession) {
  const box = (await page.locator(selector).first().boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await watch(page, selector)
  const before = await taskMs(cdp)
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? -120 : 120)
    await page.waitForTimeout(16)
  }
  const result = await settle(page)
  return { ...result, workPerStep: ((await taskMs(cdp)) - before) / 30 }
}

/** Frame times while the pointer drags the view 450 px in 30 steps. */
export async function measurePan(page: Page, selector: string, cdp: CDPSession) {
  const box = (await page.locator(selector).first().boundingBox())!
  const y = box.y + box.height / 2
  const x = box.x + box.width / 2
  // Zoom in first, so there is somewhere to pan to.
  await page.mouse.move(x, y)
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -120)
  await page.waitForTimeout(300)
  await watch(page, selector)
  const before = await taskMs(cdp)
  await page.mouse.down()
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x - i * 15, y)
    await page.waitForTimeout(16)
  }
  await page.mouse.up()
  const result = await settle(page)
  return { ...result, workPerStep: ((await taskMs(cdp)) - before) / 30 }
}

/** Time from the click on a filter control to the first paint that shows the change. */
export async function measureFilter(page: Page, control: string) {
  await watch(page, 'body')
  await page.evaluate(() => {
    window.__bench.firstPaintAfter = 0
    window.__bench.clickAt = Infinity
  })
  await page.locator(control).first().click()
  await settle(page, 400)
  return page.evaluate(() => window.__bench.firstPaintAfter - window.__bench.clickAt)
}

/** Time from the last keystroke of a search to the first paint of its results. */
export async function measureSearch(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search' })
  // Warm up: the index loads on first use, which is not what a keystroke costs.
  await box.click()
  await box.fill(query.slice(0, -1))
  await page.waitForFunction(() => !document.body.textContent?.includes('(searching…)'), null, {
    timeout: 120_000,
  })
  await page.waitForTimeout(500)
  await watch(page, 'main')
  await page.evaluate(() => {
    window.__bench.firstPaintAfter = 0
    window.__bench.clickAt = Infinity
  })
  await page.keyboard.press(query.slice(-1))
  await settle(page, 400)
  const ms = await page.evaluate(() => window.__bench.firstPaintAfter - window.__bench.clickAt)
  await box.fill('')
  await page.waitForTimeout(300)
  return ms
}

/** Time from a click on a table header to the first paint of the sorted rows. */
export async function measureSort(page: Page) {
  await page.getByRole('button', { name: 'Table', exact: true }).click()
  await page.getByRole('table').waitFor({ timeout: 60_000 })
  await page.waitForTimeout(500)
  await watch(page, 'table')
  await page.evaluate(() => {
    window.__bench.firstPaintAfter = 0
    window.__bench.clickAt = Infinity
  })
  await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click()
  await settle(page, 400)
  return page.evaluate(() => window.__bench.firstPaintAfter - window.__bench.clickAt)
}
