import { MARK } from './axis.ts'
import { readFileSync } from 'node:fs'
import { LANG_SCRIPT, LANG_SCRIPT_HASH } from '../../scripts/lib/pageLanguage.ts'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { atEvent, corpus, events, nameOf, occasionLabel, showing, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The build prerenders the home page and writes a page per event (scripts/pagesPlugin.ts):
// what a reader without JavaScript gets, what the app does with that HTML, and the pages'
// addresses.

const withBody = events.find((e) => e.body && e.quotes.length > 0 && e.related.length > 0)!
const people = (ids: string[]) => ids.map((id) => corpus.people.find((p) => p.id === id)!.name)

async function withoutScript(browser: Browser, width = 1440, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false })
  return { context, page: await context.newPage() }
}

test('without JavaScript the home page reads: counts, the axis, every event as a link to its page', async ({
  browser,
}) => {
  const { context, page } = await withoutScript(browser)
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(showing(total))
  await expect(
    page.getByRole('button', { name: new RegExp(`^${occasionLabel('victory-day')}, \\d+ events$`) }),
  ).toBeVisible()
  const list = page.getByRole('region', { name: /Events in view/ })
  // The live corpus is below the list's cap, so every event is there, each a link to its page.
  expect(total).toBeLessThanOrEqual(150)
  for (const e of events)
    await expect(list.getByRole('link', { name: nameOf(e), exact: true })).toHaveAttribute(
      'href',
      `event/${e.id}/`,
    )
  // The axis shows its marks (drawn as SVG until a script paints the canvas).
  const marks = page.getByTestId('timeline-svg').locator(MARK)
  expect(await marks.count()).toBeGreaterThan(total / 2)
  await expect(marks.first()).toBeVisible()
  // A note says what needs the script (a <noscript>, which this emulation of "JavaScript off"
  // parses as text rather than showing, unlike a browser with scripting turned off).
  expect(await (await page.request.get('./')).text()).toMatch(
    /<noscript><p[^>]*>JavaScript is off, so the timeline below is a still picture[^<]*<\/p><\/noscript>/,
  )
  await list.getByRole('link', { name: nameOf(withBody), exact: true }).click()
  await expect(page).toHaveURL(atEvent(withBody.id))
  await expect(page.getByRole('heading', { name: withBody.title })).toBeVisible()
  await context.close()
})

for (const [width, height] of [
  [1440, 900],
  [375, 740],
] as const) {
  test(`at ${width} px the app takes the prerendered page over without moving anything`, async ({
    browser,
    page,
  }) => {
    const watched = [
      'header',
      'input[type="search"]',
      '[role="status"]',
      '[data-testid="timeline-svg"]',
      '#list-heading',
      '#root a[data-event-id]',
    ]
    const boxes = (p: Page) =>
      p.evaluate(
        (list) =>
          list.map((s) => {
            const r = document.querySelector(s)?.getBoundingClientRect()
            // The axis's own width follows the window once the script runs; its place and height do not.
            return r ? [Math.round(r.x), Math.round(r.y), Math.round(r.height)] : s
          }),
        watched,
      )
    // The page as it paints before its script has run.
    const still = await browser.newContext({ viewport: { width, height } })
    const first = await still.newPage()
    await first.route(/\/assets\/.+\.js$/, (route) => route.abort())
    await first.goto('./')
    const before = await boxes(first)
    await still.close()

    await page.setViewportSize({ width, height })
    // Hold the script back, mark an element of the prerendered HTML, then let it run: a
    // hydrated page keeps that element; a page rendered afresh would replace it.
    let release: () => void = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number }
      w.__shift = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    // (DOMContentLoaded waits for the module script: wait for the element instead.)
    await page.goto('./', { waitUntil: 'commit' })
    await page.locator('#list-heading').evaluate((el) => el.setAttribute('data-probe', 'kept'))
    release()
    // The app runs: the canvas paints the marks (their SVG twins hide).
    await expect(page.locator('.canvas-drawn')).toHaveCount(1)
    await expect(page.locator('#list-heading')).toHaveAttribute('data-probe', 'kept')
    expect(await boxes(page)).toEqual(before)
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.001)
    // And it works: a plain click on a link opens the panel in place, at the event's address.
    await page.locator(`#root a[data-event-id="${withBody.id}"]`).click()
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      withBody.title,
    )
    await expect(page).toHaveURL(atEvent(withBody.id))
  })
}

test("without JavaScript an event's page has its date, parties, text, quotes, sources and related events", async ({
  browser,
}) => {
  const { context, page } = await withoutScript(browser)
  await page.goto(`./event/${withBody.id}/`)
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(withBody.title)
  await expect(article).toContainText(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.parse(withBody.date),
    ),
  )
  await expect(article).toContainText(/Exact date|Date reported|Inferred date|date/i)
  await expect(article).toContainText(
    withBody.from.length !== 1
      ? people(withBody.from).join(' and ')
      : `${people(withBody.from).join(', ')} → ${people(withBody.to).join(', ')}`,
  )
  await expect(article).toContainText(withBody.summary)
  for (const p of withBody.body!) await expect(article.getByTestId('full-text')).toContainText(p.slice(0, 80))
  for (const q of withBody.quotes) await expect(article).toContainText(q.text)
  for (const s of withBody.sources.filter((x) => x.url))
    await expect(article.locator(`a[href="${s.url}"]`).first()).toBeVisible()
  const related = article.getByRole('region', { name: 'Related events' })
  for (const id of withBody.related) {
    const other = events.find((e) => e.id === id)!
    await related.getByRole('link', { name: other.title }).click()
    await expect(page).toHaveURL(atEvent(other.id))
    await page.goBack()
  }
  // What a search engine, an archive or a link preview reads.
  const head = page.locator('head')
  await expect(page).toHaveTitle(`${withBody.title} · Pyongyang–Moscow Timeline`)
  await expect(head.locator('link[rel="canonical"]')).toHaveCount(1)
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', withBody.title)
  await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/)
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary')
  await expect(head.locator('meta[name="twitter:title"]')).toHaveAttribute('content', withBody.title)
  const ld = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent()) ?? '')
  expect(ld['@context']).toBe('https://schema.org')
  expect(ld.name).toBe(withBody.title)
  expect(ld.mainEntity.name).toBe(withBody.title)
  expect(ld.citation.length).toBe(withBody.sources.length)
  await context.close()

  // axe runs a script: the page as it is before the app's script takes it over.
  const held = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const still = await held.newPage()
  await still.route(/\/assets\/.+\.js$/, (route) => route.abort())
  await still.goto(`./event/${withBody.id}/`)
  await expect(still.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(withBody.title)
  const axe = await new AxeBuilder({ page: still }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await held.close()
})

test("with JavaScript an event's page becomes the app with that event open, at the same address", async ({
  page,
}) => {
  await page.goto(`./event/${withBody.id}/`)
  const panel = page.getByRole('complementary')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(withBody.title)
  await expect(panel.getByTestId('full-text')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(showing(total))
  await expect(page).toHaveURL(atEvent(withBody.id))
  // Its links lead on from the home page, wherever the address bar is.
  const next = events[events.indexOf(withBody) + 1] ?? events[0]
  await expect(page.locator(`#root a[data-event-id="${next.id}"]`)).toHaveAttribute(
    'href',
    `/event/${next.id}/`,
  )
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await page.goBack()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(withBody.title)
})

test('"Copy link" copies the address of the event\'s own page, which opens it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`./?event=${withBody.id}`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(
    page.getByRole('complementary').getByRole('status').filter({ hasText: 'Link copied.' }),
  ).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(atEvent(withBody.id))
  await page.goto(copied)
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(withBody.title)
})

test('sitemap.xml lists the home page and every event page, each of which is served', async ({ request }) => {
  const xml = await (await request.get('./sitemap.xml')).text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  // In each of the three languages (tests/e2e/languages.spec.ts checks those).
  expect(locs).toHaveLength(3 * (total + 1))
  for (const e of events) expect(locs).toContain(`event/${e.id}/`)
  for (const e of events.slice(0, 5)) expect((await request.get(`./event/${e.id}/`)).status()).toBe(200)
})

test('the prerendered HTML holds no inline script but the language one, which the page policy allows by its hash', async () => {
  for (const file of ['dist/index.html', 'dist/ko/index.html', `dist/ru/event/${events[0].id}/index.html`]) {
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/data-prerendered="(home|event)"/)
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/\ssrc=/.test(m[1]) && !/application\/ld\+json/.test(m[1]),
    )
    expect(inline.map((m) => m[2])).toEqual([LANG_SCRIPT])
    expect(html).toContain(LANG_SCRIPT_HASH)
  }
})

test('input that arrives while the app wakes up is not lost: a click, a key, a word typed', async ({
  page,
}) => {
  const occasion = corpus.occasions.find((o) => events.some((e) => e.occasion === o.id))!
  const left = events.filter((e) => e.occasion !== occasion.id)
  const word = events.find((e) => e.occasion !== occasion.id)!.title.split(' ')[0]
  // Hold the app's script: the prerendered page is on screen and only the early script has run.
  let release: () => void = () => {}
  const held = new Promise<void>((r) => (release = r))
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./', { waitUntil: 'commit' })
  const chip = page.getByRole('button', { name: new RegExp(`^${occasionLabel(occasion.id)}, \\d+ events?$`) })
  await chip.click()
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill(word)
  await search.evaluate((el) => el.blur())
  await page.keyboard.press('?')
  release()
  // The app woke up and did all three.
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(chip).toHaveAttribute('aria-pressed', 'false')
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`))
  const matching = left.filter((e) =>
    [e.title, e.summary].join(' ').toLowerCase().includes(word.toLowerCase()),
  ).length
  expect(matching).toBeGreaterThan(0)
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).not.toHaveText(showing(total))
})
