import { checkAtom } from '../formats/atom.ts'
import { csvRecords } from '../formats/csv.ts'
import { expect, test } from './fixtures.ts'

// Runs in the "hostile" project (playwright.config.ts), against the app built on hostile text.

// Anything that manages to run records itself here; every test expects it to stay empty.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __calls: string[]; __pwned: (where: string) => void }
    w.__calls = []
    w.__pwned = (where) => w.__calls.push(where)
    window.alert = () => w.__calls.push('alert')
  })
})

const calls = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)

test('markup, script links, RTL and zero-width text show as text and nothing runs', async ({ page }) => {
  await page.goto('./?event=2024-01-01-hostile-markup')
  const panel = page.getByRole('complementary')
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('<script>window.__pwned')
  await expect(panel).toContainText('<img src=x onerror=')
  await expect(panel.getByTestId('full-text')).toContainText('<a href="javascript:window.__pwned')
  await expect(panel.getByTestId('full-text')).toContainText('\u202Eevil.exe\u202C')
  // The list and the axis name it too, as text.
  await expect(page.locator('[data-event-id="2024-01-01-hostile-markup"]').first()).toHaveAttribute(
    'aria-label',
    /^<script>/,
  )
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('main script, aside script').length,
    images: document.querySelectorAll('main img, aside img').length,
    frames: document.querySelectorAll('iframe, svg svg').length,
    badLinks: [...document.querySelectorAll('a')].filter(
      (a) => !/^https?:/.test(a.href) && a.getAttribute('href') !== '/',
    ).length,
  }))
  expect(injected).toEqual({ scripts: 0, images: 0, frames: 0, badLinks: 0 })
  for (const el of await page.getByText(/click me|bold|cite/).all()) await el.click({ force: true })
  await page.mouse.move(10, 10)
  expect(await calls(page)).toEqual([])
})

test('a 1 MB paragraph renders in full without breaking the page', async ({ page }) => {
  await page.goto('./?event=2024-02-01-huge-paragraph')
  const paragraphs = page.getByRole('complementary').getByTestId('full-text').locator('p')
  await expect(paragraphs).toHaveCount(2)
  const length = await paragraphs.first().evaluate((p) => p.textContent?.length ?? 0)
  expect(length).toBeGreaterThan(1_000_000)
  await expect(paragraphs.last()).toHaveText('After the huge paragraph.')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('links from a tampered server that are not http(s) render as plain text', async ({ page }) => {
  await page.route('**/corpus/events/2024-03-01-plain.json', async (route) => {
    const res = await route.fetch()
    const event = await res.json()
    event.sources = [
      { publisher: 'Script link', url: "javascript:window.__pwned('href')" },
      { publisher: 'Data link', url: 'data:text/html,<script>window.__pwned(1)</script>' },
    ]
    event.quotes = [{ text: 'quoted', source: 'Vbscript', url: 'vbscript:msgbox(1)' }]
    await route.fulfill({ response: res, json: event })
  })
  await page.goto('./?event=2024-03-01-plain')
  const panel = page.getByRole('complementary')
  // Once as the place to read the report, once in the source list: both plain text.
  await expect(panel.getByText('Script link')).toHaveCount(2)
  await expect(panel.getByText('Data link')).toBeVisible()
  await expect(panel.getByRole('link', { name: /Script link|Data link|Vbscript/ })).toHaveCount(0)
  for (const el of await panel.getByText(/Script link|Data link|Vbscript/).all()) await el.click()
  expect(await calls(page)).toEqual([])
})

test('a body that fails to load shows an error and a retry that works', async ({ page, problems }) => {
  let fail: 'status' | 'json' | null = 'status'
  await page.route('**/corpus/events/2024-03-01-plain.json', async (route) => {
    if (fail === 'status') await route.fulfill({ status: 404, body: 'not found' })
    else if (fail === 'json')
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": ' })
    else await route.continue()
  })
  await page.goto('./?event=2024-03-01-plain')
  const alert = page.getByRole('complementary').getByRole('alert')
  await expect(alert).toContainText('Could not load this event (the server answered 404)')
  fail = 'json'
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(alert).toContainText('not valid JSON')
  fail = null
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('complementary')).toContainText('Nothing unusual here.')
  // The browser logs the 404 itself; that one is expected here.
  problems.splice(0, problems.length, ...problems.filter((p) => !/status of 404/.test(p)))
})

test('an index of another format (a stale cached copy) says so and recovers on retry', async ({ page }) => {
  let stale = true
  await page.route('**/corpus/index.json', async (route) => {
    if (!stale) return route.continue()
    const real = await (await route.fetch()).json()
    await route.fulfill({ json: { ...real, v: 0 } })
  })
  await page.goto('./')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The timeline data is in another format (version 0) than this page reads')
  await expect(alert).toContainText('Reload the page')
  stale = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).toHaveText(
    'Showing 4 of 4 events',
  )
})

test('a record that breaks the panel is caught by an error boundary with a way back', async ({
  page,
  problems,
}) => {
  await page.route('**/corpus/events/2024-03-01-plain.json', (route) =>
    route.fulfill({ json: { id: '2024-03-01-plain', summary: 'x', quotes: 'not a list', sources: 7 } }),
  )
  await page.goto('./?event=2024-03-01-plain')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This event could not be shown.')
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).toHaveText(
    'Showing 4 of 4 events',
  )
  await alert.getByRole('button', { name: 'Close and go back to the timeline' }).click()
  await expect(alert).toHaveCount(0)
  await expect(page).toHaveURL(/\/$/)
  // React reports the error it caught to the console; that one is expected here.
  const expected = problems.filter((p) =>
    /console error: .*(not a function|is not iterable|Cannot read)/.test(p),
  )
  expect(expected.length).toBeGreaterThan(0)
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)))
})

test('the built app runs under its Content-Security-Policy with no violation, and the policy bites', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.violatedDirective))
  })
  await page.goto('./')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'none'")
  await page.locator('[data-event-id="2024-01-01-hostile-markup"]').first().click()
  await expect(page.getByRole('complementary')).toBeVisible()
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
  expect(await violations()).toEqual([])

  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = "window.__pwned('inline')"
    document.head.append(s)
    return (window as unknown as { __calls: string[] }).__calls.length
  })
  expect(ran).toBe(0)
  await expect.poll(violations).toContain('script-src-elem')
  // The refusal is logged as a console error: expected here, and only here.
  problems.splice(0, problems.length, ...problems.filter((p) => !/Content Security Policy/.test(p)))
})

test('a CSV export neutralises cells a spreadsheet would run as formulas', async ({ page }) => {
  await page.goto('./')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ])
  const text = (await import('node:fs')).readFileSync(await file.path(), 'utf8')
  const row = text.split('\r\n').find((l) => l.startsWith('event,2024-02-15-formula,'))!
  expect(row).toContain(',"\'=HYPERLINK(""http://x"",""y"")",')
  expect(row).toContain(',"\'+1 and -1 and @SUM(A1), as')
  expect(row).not.toMatch(/,=|,"=/)
})

test("an event's own page shows hostile text as text, in its head too, with or without the app", async ({
  page,
}) => {
  // The page as written (the app's script held back), then the app over it.
  await page.route(/\/assets\/.+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  )
  await page.goto('./event/2024-01-01-hostile-markup/')
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 2 })).toContainText('<script>window.__pwned')
  await expect(article).toContainText('<img src=x onerror=')
  await expect(article.getByTestId('full-text')).toContainText('<a href="javascript:window.__pwned')
  expect(await page.title()).toMatch(/^<script>window\.__pwned/)
  const head = await page.evaluate(() => ({
    ld: document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    // Inline scripts but the one that picks the page's language (its policy allows it by hash).
    scripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].filter(
      (s) => !s.textContent?.startsWith('(function(){try{var d=document,l=location'),
    ).length,
    injected: document.querySelectorAll('main script, main img, main iframe, head img').length,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
  }))
  expect(JSON.parse(head.ld).name).toMatch(/^<script>window\.__pwned\('title'\)<\/script>/)
  expect(head.ld).not.toContain('</script>')
  expect(head.scripts).toBe(0)
  expect(head.injected).toBe(0)
  expect(head.description).toMatch(/^<img src=x onerror=/)
  expect(await calls(page)).toEqual([])

  await page.unrouteAll()
  await page.reload()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
    '<script>window.__pwned',
  )
  expect(await calls(page)).toEqual([])
})

test('the published dataset and feed keep hostile text as text, and the CSV runs no formula', async ({
  request,
}) => {
  const { problems, feed } = checkAtom(await (await request.get('./feed.xml')).text())
  expect(problems).toEqual([])
  // The title as tests/e2e/hostile/make.ts writes it, markup and all, read back as text.
  const title = `<script>window.__pwned('title')</script><img src=x onerror="window.__pwned('title-img')"> Hostile title`
  expect(feed!.entries.map((e) => e.title)).toContain(title)
  const rows = csvRecords((await (await request.get('./data/events.csv')).body()).toString('utf8'))
  const formula = rows.find((r) => r.id === '2024-02-15-formula')!
  expect(formula.title).toBe(`'=HYPERLINK("http://x","y")`)
  expect(formula.summary).toMatch(/^'\+1 and -1/)
  const records = (await (await request.get('./data/events.json')).json()) as { title: string }[]
  expect(records.map((r) => r.title)).toContain(title)
})
