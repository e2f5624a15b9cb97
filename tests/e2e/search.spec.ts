import { MARK } from './axis.ts'
import { events, showing } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })

/** Events whose own text has the word (what a search for it must at least find). */
const having = (word: string) =>
  events.filter((e) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text), ...(e.body ?? [])]
      .join(' ')
      .toLowerCase()
      .includes(word),
  )

test('the search index is not in the first load; "/" focuses search and it loads then', async ({ page }) => {
  const asked: string[] = []
  page.on('request', (r) => asked.push(new URL(r.url()).pathname))
  await page.goto('./')
  await expect(status(page)).toHaveText(showing(events.length))
  await page.waitForTimeout(300)
  expect(asked.filter((p) => p.endsWith('/corpus/search.json'))).toEqual([])
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await expect.poll(() => asked.some((p) => p.endsWith('/corpus/search.json'))).toBe(true)
})

test('typing filters the axis, the list and the status, marks the matches, and keeps one history entry', async ({
  page,
}) => {
  const word = 'alliance'
  const expected = having(word)
  expect(expected.length).toBeGreaterThan(0)
  await page.goto('./')
  const before = await page.evaluate(() => history.length)
  await page.getByRole('searchbox', { name: 'Search' }).fill(word)
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
  expect(await page.evaluate(() => history.length)).toBe(before)
  await expect(status(page)).not.toHaveText(showing(events.length))
  // Every event that says it is found (prefix matching may find a few more, such as "alliances").
  const list = page.getByRole('region', { name: /Events in view/ })
  for (const e of expected) await expect(list.locator(`[data-event-id="${e.id}"]`)).toBeVisible()
  const shownCount = Number(/Showing (\d+)/.exec((await status(page).textContent()) ?? '')?.[1])
  expect(shownCount).toBeGreaterThanOrEqual(expected.length)
  expect(shownCount).toBeLessThan(events.length)
  const marks = page.getByTestId('timeline-svg').locator(MARK)
  const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  expect(names.reduce((n, name) => n + (Number(/^(\d+) events,/.exec(name)?.[1]) || 1), 0)).toBe(shownCount)

  // The match is marked, as text, wherever it shows: list titles, then the panel.
  const withTitle = expected.find((e) => e.title.toLowerCase().includes(word))
  if (withTitle)
    await expect(
      list
        .locator('mark')
        .filter({ hasText: /alliance/i })
        .first(),
    ).toBeVisible()
  const inSummary = expected.find((e) => e.summary.toLowerCase().includes(word)) ?? expected[0]
  await list.locator(`[data-event-id="${inSummary.id}"]`).click()
  const panel = page.getByRole('complementary')
  await expect(panel.locator('mark').first()).toHaveText(/^alliances?$/i)
  expect(await panel.locator('mark').evaluateAll((els) => els.every((m) => m.children.length === 0))).toBe(
    true,
  )
})

test('a one-letter typo still finds the word', async ({ page }) => {
  const target = events.find((e) => /\bVladivostok\b/.test(e.title))!
  await page.goto('./?q=Vladivostk')
  await expect(
    page.getByRole('region', { name: /Events in view/ }).locator(`[data-event-id="${target.id}"]`),
  ).toBeVisible()
})

test('no match says so and offers to clear the search', async ({ page }) => {
  await page.goto('./?q=zzzxqqy')
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing matches “zzzxqqy”.' })
  await expect(alert).toBeVisible()
  await expect(status(page)).toHaveText(showing(0))
  await alert.getByRole('button', { name: 'Clear the search' }).click()
  await expect(status(page)).toHaveText(showing(events.length))
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  await expect(page).toHaveURL(/\/$/)
})

test('matches hidden by other filters are said to be hidden', async ({ page }) => {
  expect(having('vladivostok').length).toBeGreaterThan(0)
  await page.goto('./?q=vladivostok&from=1990&to=1990')
  await expect(page.getByRole('alert').filter({ hasText: 'the other filters hide them all' })).toBeVisible()
  await expect(status(page)).toHaveText(showing(0))
})
