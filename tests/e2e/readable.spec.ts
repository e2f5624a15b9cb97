import type { Page } from '@playwright/test'
import { drawn, MARK, type DrawnMark } from './axis.ts'
import { events, nameOf, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const CLUSTER = /^(\d+) events,/

/** The axis's controls by name: how many events are their own mark, and the clusters. */
async function marks(page: Page) {
  const names = await page
    .getByTestId('timeline-svg')
    .locator(MARK)
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  const clusters = names.filter((n) => CLUSTER.test(n))
  const inClusters = clusters.reduce((n, c) => n + Number(CLUSTER.exec(c)![1]), 0)
  return { names, clusters, singles: names.length - clusters.length, inClusters }
}

async function opening(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height })
  await page.goto('./')
  await expect(page.getByTestId('timeline-svg').locator(MARK).first()).toBeVisible()
  await page.waitForTimeout(200)
  return marks(page)
}

test('at 1440 × 900, at least nine events in ten are their own mark on the opening view', async ({
  page,
}) => {
  const m = await opening(page, 1440, 900)
  expect(m.singles + m.inClusters).toBe(total)
  expect(m.singles / total).toBeGreaterThanOrEqual(0.9)
})

test('at 1024 × 768, at least three events in four are their own mark on the opening view', async ({
  page,
}) => {
  const m = await opening(page, 1024, 768)
  expect(m.singles + m.inClusters).toBe(total)
  expect(m.singles / total).toBeGreaterThanOrEqual(0.75)
})

test('labels are whole titles or absent, and never overlap each other or a mark', async ({ page }) => {
  const titles = new Set(events.map((e) => e.title))
  for (const [w, h] of [
    [1440, 900],
    [1024, 768],
  ]) {
    await opening(page, w, h)
    const { marks: shown } = await drawn(page)
    const labelled = shown.filter((m) => m.label)
    expect(labelled.length).toBeGreaterThan(0)
    type Box = { x: number; y: number; r: number; b: number }
    const labelBox = (m: DrawnMark): Box => ({
      x: m.x + 12,
      y: m.y - 7,
      r: m.x + 12 + m.labelWidth!,
      b: m.y + 7,
    })
    const markBox = (m: DrawnMark): Box => ({ x: m.x - m.r, y: m.y - m.r, r: m.x + m.r, b: m.y + m.r })
    const hit = (a: Box, c: Box) => a.x < c.r - 0.5 && c.x < a.r - 0.5 && a.y < c.b - 0.5 && c.y < a.b - 0.5
    for (const a of labelled) {
      // Whole titles only: the label is the event's own title, never cut.
      expect(titles.has(a.label!), a.label).toBe(true)
      expect(events.find((e) => e.id === a.id)?.title).toBe(a.label)
      for (const other of shown) {
        if (other === a) continue
        expect(
          hit(labelBox(a), markBox(other)),
          `${a.label} over the mark of ${other.id ?? 'a cluster'}`,
        ).toBe(false)
        if (other.label)
          expect(hit(labelBox(a), labelBox(other)), `${a.label} over ${other.label}`).toBe(false)
      }
    }
  }
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })

  test('every event is one tap away, or two: a cluster, then its events', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByTestId('timeline-svg').locator(MARK).first()).toBeVisible()
    // Awake: the marks laid out in the real font (the prerendered page's estimate can cluster otherwise).
    await expect(page.locator('.canvas-drawn')).toBeAttached()
    const first = await marks(page)
    expect(first.singles + first.inClusters).toBe(total)
    const reached = new Set(first.names.filter((n) => !CLUSTER.test(n)))
    for (const cluster of first.clusters) {
      const reset = page.getByRole('button', { name: 'Reset' })
      if (await reset.isEnabled()) {
        await reset.tap()
        await expect(reset).toBeDisabled()
      }
      await page.getByTestId('timeline-svg').getByRole('button', { name: cluster, exact: true }).tap()
      await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled()
      await page.waitForTimeout(200)
      for (const n of (await marks(page)).names) if (!CLUSTER.test(n)) reached.add(n)
    }
    const missing = events.map(nameOf).filter((n) => !reached.has(n))
    expect(missing).toEqual([])
  })

  test('a "Filters" button opens every filter in a sheet; the status line stays on the page', async ({
    page,
  }) => {
    await page.goto('./')
    const status = page.getByRole('status').filter({ hasText: /^Showing/ })
    await expect(status).toBeVisible()
    await expect(page.getByRole('button', { name: /^Victory Day, \d+ events$/ })).toBeHidden()
    await page.getByRole('button', { name: /^Filters/ }).tap()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    await expect(sheet).toBeVisible()
    const toggles = sheet.getByRole('button', { name: /, \d+ events?$/ })
    const count = await toggles.count()
    expect(count).toBeGreaterThan(10)
    for (let i = 0; i < count; i++) {
      await toggles.nth(i).scrollIntoViewIfNeeded()
      await expect(toggles.nth(i)).toBeInViewport()
    }
    await sheet.getByRole('button', { name: 'None' }).tap()
    await expect(sheet.getByRole('button', { name: /^Show 0 of \d+ events$/ })).toBeVisible()
    await sheet.getByRole('button', { name: 'Done' }).tap()
    await expect(sheet).toHaveCount(0)
    await expect(status).toHaveText(new RegExp(`^Showing 0 of ${total} events$`))
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeFocused()
  })
})

test('on a wide screen, the panel opened after scrolling sits below the header, close button in reach', async ({
  page,
}) => {
  await page.goto('./')
  const list = page.getByRole('region', { name: /Events in view/ })
  const last = events.at(-1)!
  const button = list.locator(`[data-event-id="${last.id}"]`)
  await button.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
  await button.click()
  const close = page.getByRole('complementary').getByRole('button', { name: 'Close' })
  await expect(close).toBeVisible()
  const atCentre = await close.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    return hit === el || el.contains(hit)
  })
  expect(atCentre).toBe(true)
  const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom)
  const panelTop = await page.getByRole('complementary').evaluate((p) => p.getBoundingClientRect().top)
  expect(panelTop).toBeGreaterThanOrEqual(headerBottom)
})
