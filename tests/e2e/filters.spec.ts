import { events, showing } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })
const more = (page: import('@playwright/test').Page) =>
  page.getByRole('button', { name: /Direction, kind and dates/ }).click()

const fromKim = events.filter((e) => e.from.length === 1 && e.from[0] === 'kim-jong-un')
const letters = events.filter((e) => e.kind === 'letter')

test('direction toggles are named like the lanes and combine with kind', async ({ page }) => {
  await page.goto('./')
  await more(page)
  await page.getByRole('button', { name: /^Moscow → Pyongyang, \d+ events$/ }).click()
  await page.getByRole('button', { name: /^Meetings and joint acts, \d+ events$/ }).click()
  await expect(status(page)).toHaveText(showing(fromKim.length))
  await expect(page).toHaveURL(/\?lane=to-moscow$/)
  await page.getByRole('button', { name: /^Letter, \d+ events$/ }).click()
  await expect(status(page)).toHaveText(showing(fromKim.filter((e) => e.kind !== 'letter').length))
  const kinds = new URL(page.url()).searchParams.get('kind')?.split(',') ?? []
  expect(kinds.sort()).toEqual([...new Set(events.map((e) => e.kind))].filter((k) => k !== 'letter').sort())
  await page.goBack()
  await expect(status(page)).toHaveText(showing(fromKim.length))
  await page.goBack()
  await page.goBack()
  await expect(status(page)).toHaveText(showing(events.length))
  expect(letters.length).toBeGreaterThan(0)
})

test('a year preset, two date fields and "Any date" set the range', async ({ page }) => {
  const year = events[Math.floor(events.length / 2)].date.slice(0, 4)
  const inYear = events.filter((e) => e.date.startsWith(year))
  await page.goto('./')
  await more(page)
  await page.getByLabel('Year', { exact: true }).selectOption(year)
  await expect(status(page)).toHaveText(showing(inYear.length))
  await expect(page).toHaveURL(new RegExp(`\\?from=${year}&to=${year}$`))
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`${year}-01-01`)
  const mid = `${year}-07-01`
  await page.getByLabel('From', { exact: true }).fill(mid)
  await expect(status(page)).toHaveText(showing(inYear.filter((e) => e.date >= mid).length))
  await expect(page).toHaveURL(new RegExp(`from=${mid}&to=${year}$`))
  await page.getByRole('button', { name: 'Any date' }).click()
  await expect(status(page)).toHaveText(showing(events.length))
})

test('"Last 12 months" counts back from today', async ({ page }) => {
  await page.clock.setFixedTime(new Date(events.at(-1)!.date + 'T12:00:00Z'))
  await page.goto('./')
  await more(page)
  await page.getByRole('button', { name: 'Last 12 months' }).click()
  const last = new Date(events.at(-1)!.date + 'T00:00:00Z')
  const start = new Date(last)
  start.setUTCFullYear(last.getUTCFullYear() - 1)
  start.setUTCDate(start.getUTCDate() + 1)
  const from = start.toISOString().slice(0, 10)
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${events.at(-1)!.date}`))
  await expect(status(page)).toHaveText(showing(events.filter((e) => e.date >= from).length))
})

test('every parameter survives a reload, and the link opens with the filters open', async ({ page }) => {
  const url = `./?q=treaty&lane=joint&kind=ratification,treaty,summit&from=2024&to=2024-12-31&view=table`
  await page.goto(url)
  await expect(page.getByRole('button', { name: /Direction, kind and dates/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('treaty')
  await expect(page.getByRole('table')).toBeVisible()
  const first = await status(page).textContent()
  await page.reload()
  await expect(status(page)).toHaveText(first ?? '')
  await expect(page).toHaveURL(/\?q=treaty&lane=joint&kind=[a-z,-]+&from=2024&to=2024-12-31&view=table$/)
})
