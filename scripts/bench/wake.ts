import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

/** Waking up: the long tasks from navigation until the page answers input and is quiet. */
export type WakeResult = {
  /** The mark that says the page is awake (the app's axis drawn; the floor hydrated), ms from navigation. */
  readyMs: number
  /** The longest task in that time, ms (0 when none reached 50 ms). */
  longestMs: number
  /** Total blocking time: each long task's time beyond 50 ms, summed, ms. */
  blockingMs: number
  /** Every long task, ms. */
  tasks: number[]
}

/** How long the page must stay free of long tasks after its mark to count as answering input. */
const QUIET_MS = 500

/**
 * Loads `url` in a new, empty profile (a first visit), records every long task from navigation
 * (PerformanceObserver 'longtask', buffered) until the page has set `mark` and stayed free of
 * long tasks for QUIET_MS, and sums them as Lighthouse's total blocking time does.
 */
export async function measureWake(
  url: string,
  executablePath: string,
  args: string[],
  mark: string,
  viewport = { width: 1440, height: 900 },
  /** CPU slowdown, as Lighthouse's mobile preset simulates a slow phone (4); 1 runs at full speed. */
  cpuSlowdown = 4,
): Promise<WakeResult> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-wake-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args,
    headless: true,
    viewport,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[] }
      w.__tasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration })
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(url)
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 120_000 })
    // Quiet: no long task has ended in the last QUIET_MS.
    await page.waitForFunction(
      (quiet) => {
        const w = window as unknown as { __tasks: { start: number; duration: number }[] }
        const last = w.__tasks.at(-1)
        return !last || performance.now() - (last.start + last.duration) > quiet
      },
      QUIET_MS,
      { timeout: 120_000, polling: 100 },
    )
    const { ready, tasks } = await page.evaluate((m) => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[] }
      return { ready: performance.getEntriesByName(m)[0].startTime, tasks: w.__tasks.map((t) => t.duration) }
    }, mark)
    return {
      readyMs: ready,
      longestMs: tasks.length ? Math.max(...tasks) : 0,
      blockingMs: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
      tasks,
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
