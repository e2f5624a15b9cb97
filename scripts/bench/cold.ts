import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

/** A first visit, measured from the start of navigation, in ms. */
export type ColdResult = {
  /** First contentful paint: the prerendered page (header, filters, axis, list) on screen. */
  fcpMs: number
  /** Largest contentful paint. */
  lcpMs: number
  /** The app has taken the page over and drawn the axis ('timeline-painted'); NaN for a static page. */
  readyMs: number
}

/**
 * Loads `url` once in a browser with a new, empty profile (no HTTP cache, no code cache, no
 * earlier process), as someone's first visit does, and reads the page's paint timings.
 */
export async function measureCold(
  url: string,
  executablePath: string,
  args: string[],
  app: boolean,
): Promise<ColdResult> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args,
    headless: true,
    viewport: { width: 1440, height: 900 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number }
      w.__lcp = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__lcp = e.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
    })
    await page.goto(url)
    if (app)
      await page.waitForFunction(() => performance.getEntriesByName('timeline-painted').length > 0, null, {
        timeout: 120_000,
      })
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
    await page.waitForTimeout(200)
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    return (await page.evaluate(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
      return {
        fcpMs: at('first-contentful-paint'),
        lcpMs: window.__lcp || NaN,
        readyMs: ${app} ? at('timeline-painted') : NaN,
      }
    })()`)) as ColdResult
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

/**
 * The floor for a first paint: the built home page as a static file of the same size and
 * content, without its scripts and preloads, in a folder of its own next to `dist`.
 */
export function writeStaticFloor(dist: string, out: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const still = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.html'), still)
  return Buffer.byteLength(still)
}
