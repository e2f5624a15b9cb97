import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Page } from '@playwright/test'
import { events, ofOccasion, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

test('Export CSV downloads the filtered events as RFC 4180 CSV with a BOM', async ({ page }) => {
  const victory = ofOccasion('victory-day')
  await page.goto('./?occasion=victory-day&silences=off')
  const { name, text } = await download(page, 'Export CSV')
  expect(name).toBe(`pyongyang-moscow-${victory.length}-events.csv`)
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const lines = text.slice(1).split('\r\n')
  expect(lines[0]).toMatch(/^record,id,date,date_certainty,/)
  for (const e of victory) expect(text).toContain(`event,${e.id},${e.date},`)
  expect(text).not.toContain('absence,')
  expect(text).not.toContain(ofOccasion('putin-birthday')[0].id)
})

test('Export JSON downloads records in our schema', async ({ page }) => {
  await page.goto('./?occasion=putin-birthday')
  const { text } = await download(page, 'Export JSON')
  const records = JSON.parse(text) as { id: string; sources: unknown[] }[]
  expect(records.map((r) => r.id)).toEqual(ofOccasion('putin-birthday').map((e) => e.id))
  expect(records.every((r) => r.sources.length > 0)).toBe(true)
})

const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist'
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

test('the TimelineJS export loads into the real TimelineJS3 and shows every exported event', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('./')
  const { text } = await download(page, 'Export TimelineJS')
  const data = JSON.parse(text) as { events: { text: { headline: string } }[] }
  expect(data.events).toHaveLength(total)
  // TimelineJS3 from npm, served on the page's own origin (no CDN).
  await page.route('**/__timelinejs/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/__timelinejs\//, '')
    if (path === 'index.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="css/timeline.css"></head><body><div id="timeline" style="width:1200px;height:640px"></div><script src="js/timeline.js"></script></body></html>',
      })
    return route.fulfill({
      contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      body: readFileSync(join(TIMELINEJS, path)),
    })
  })
  await page.goto('./__timelinejs/index.html')
  await page.evaluate((d) => {
    const w = window as unknown as {
      TL: { Timeline: new (id: string, data: unknown, o: object) => unknown }
      timeline: unknown
    }
    w.timeline = new w.TL.Timeline('timeline', d, {
      script_path: new URL('js/', location.href).href,
      language: 'en',
      // A font set of system fonts: the default set is fetched from Google Fonts.
      font: 'georgia-helvetica',
    })
  }, data)
  await expect(page.locator('.tl-timemarker')).toHaveCount(total)
  const headlines = await page.locator('.tl-timemarker .tl-headline').allTextContents()
  expect(headlines.sort()).toEqual(events.map((e) => e.title).sort())
})

test('Copy citation puts publisher, date, title, the event address and the access date on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const e = events.find((x) => x.sources.some((s) => s.url))!
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'))
  await page.goto(`./?event=${e.id}`)
  await page.getByRole('button', { name: 'Copy citation' }).click()
  await expect(
    page.getByRole('complementary').getByRole('status').filter({ hasText: 'Citation copied.' }),
  ).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^Pyongyang–Moscow Timeline \(version \d+\.\d+\.\d+, released \d+ \w+ \d{4}\), /)
  expect(copied).toContain(`“${e.title}”`)
  expect(copied).toContain(`/event/${e.id}/`)
  expect(copied).toContain('(accessed 27 November 2026)')
  expect(copied).toContain(e.sources[0].publisher)
})
