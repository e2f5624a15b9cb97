import { occasionYear } from '../../src/data/silences.ts'
import { atEvent, corpus, events, ofOccasion, showing } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })

test('the table lists the filtered events, sorts by each column with aria-sort, and a row opens the panel', async ({
  page,
}) => {
  await page.goto('./?silences=off')
  await page.getByRole('button', { name: 'Table', exact: true }).click()
  await expect(page).toHaveURL(/\?view=table&silences=off$/)
  const table = page.getByRole('table')
  await expect(table).toHaveAttribute('aria-rowcount', String(events.length + 1))
  const date = table.getByRole('columnheader', { name: /Date/ })
  await expect(date).toHaveAttribute('aria-sort', 'ascending')
  const title = table.getByRole('columnheader', { name: /Title/ })
  await title.getByRole('button').click()
  await expect(title).toHaveAttribute('aria-sort', 'ascending')
  await expect(date).not.toHaveAttribute('aria-sort', /./)
  const sorted = [...events].sort((a, b) => {
    const x = a.title.toLowerCase()
    const y = b.title.toLowerCase()
    return x < y ? -1 : x > y ? 1 : a.date.localeCompare(b.date)
  })
  const firstRow = table.getByRole('row').nth(1)
  await expect(firstRow.getByRole('button')).toHaveText(sorted[0].title)
  await title.getByRole('button').click()
  await expect(title).toHaveAttribute('aria-sort', 'descending')
  await expect(table.getByRole('row').nth(1).getByRole('button')).toHaveText(sorted.at(-1)!.title)
  await table.getByRole('row').nth(1).getByRole('cell').first().click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    sorted.at(-1)!.title,
  )
  await expect(page).toHaveURL(atEvent(sorted.at(-1)!.id, '?view=table&silences=off'))
})

test('the table follows every filter and the search', async ({ page }) => {
  const birthdays = ofOccasion('putin-birthday')
  await page.goto('./?occasion=putin-birthday&view=table&silences=off')
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(birthdays.length + 1)
  await page.getByRole('searchbox', { name: 'Search' }).fill(birthdays[0].title)
  await expect(status(page)).toHaveText(showing(1))
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
  await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('button')).toHaveText(
    birthdays[0].title,
  )
})

test('compare: a row per year, each direction apart, changes marked, gaps said', async ({ page }) => {
  const occasion = corpus.occasions.find((o) => o.id === 'liberation-day')!
  const own = ofOccasion(occasion.id)
  const first = Number(events[0].date.slice(0, 4))
  const last = Number(events.at(-1)!.date.slice(0, 4))
  await page.goto(`./?occasion=${occasion.id}&view=compare`)
  const view = page.getByRole('region', { name: `${occasion.label}, year by year` })
  await expect(view).toBeVisible()
  for (let y = first; y <= last; y++)
    await expect(view.getByRole('heading', { name: String(y), exact: true })).toBeVisible()
  // A checked year with no message in a direction says so; a year after the checked stretch
  // says it has not been checked, never that no message came.
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const fromPutin = (y: number) =>
    own.some(
      (e) => e.from[0] === 'vladimir-putin' && occasionYear(occasion.recurring!, Date.parse(e.date)) === y,
    )
  const checkedYear = (y: number) => `${y}-${occasion.recurring}` <= corpus.coverage.checkedThrough
  const gap = years.find((y) => checkedYear(y) && !fromPutin(y))
  if (gap)
    await expect(view.getByRole('region', { name: String(gap) })).toContainText(`No message found for ${gap}`)
  const unchecked = years.find((y) => !checkedYear(y) && !fromPutin(y))
  if (unchecked)
    await expect(view.getByRole('region', { name: String(unchecked) })).toContainText('Not checked yet')
  await expect(view).not.toContainText(`No message found for ${unchecked}`)
  // Every message is there, and words added and removed are marked between years.
  for (const e of own) await expect(view.locator(`[data-event-id="${e.id}"]`)).toBeVisible()
  await expect(view.locator('ins').first()).toBeVisible()
  await expect(view.locator('del').first()).toBeVisible()
  await view.getByLabel('Mark what changed from the year before').uncheck()
  await expect(view.locator('ins')).toHaveCount(0)
})

test('compare is reached from the panel, and asks for an occasion when it has none', async ({ page }) => {
  const e = ofOccasion('victory-day')[0]
  await page.goto(`./?event=${e.id}`)
  await page
    .getByRole('complementary')
    .getByRole('button', { name: 'Compare Victory Day year by year' })
    .click()
  await expect(page).toHaveURL(/\?occasion=victory-day&view=compare$/)
  await expect(page.getByRole('heading', { name: 'Victory Day, year by year' })).toBeVisible()
  await page.goto('./?view=compare')
  await expect(page.getByRole('heading', { name: 'Compare an occasion year by year' })).toBeVisible()
  await page.getByLabel('Occasion to compare').selectOption('putin-birthday')
  await expect(page).toHaveURL(/\?occasion=putin-birthday&view=compare$/)
})

test('phrase trend: a bar per year named with its count, a text alternative, and bars that filter', async ({
  page,
}) => {
  const phrase = 'friendship'
  const has = (e: (typeof events)[number]) =>
    [
      e.title,
      e.summary,
      ...e.quotes.map((q) => q.text),
      ...(e.texts ?? []).flatMap((t) => t.paragraphs),
      ...(e.body ?? []),
    ]
      .join('\n')
      .toLowerCase()
      .includes(phrase)
  const matching = events.filter(has)
  expect(matching.length).toBeGreaterThan(0)
  await page.goto(`./?phrase=${phrase}`)
  const trend = page.getByRole('region', { name: 'Phrase trend' })
  const year = matching[0].date.slice(0, 4)
  const inYear = matching.filter((e) => e.date.startsWith(year)).length
  const bar = trend.getByRole('button', { name: `${year}: ${inYear} event${inYear === 1 ? '' : 's'}` })
  await expect(bar).toBeVisible()
  await expect(trend.locator('figcaption')).toContainText(`“${phrase}” appears in ${matching.length} event`)
  await expect(status(page)).toHaveText(showing(matching.length))
  await bar.click()
  await expect(status(page)).toHaveText(showing(inYear))
  await expect(page).toHaveURL(new RegExp(`from=${year}&to=${year}&phrase=${phrase}`))
  // Typing replaces the history entry; the phrase input edits the address.
  await trend.getByLabel('Phrase').fill('zzzq')
  await expect(trend.locator('figcaption')).toHaveText('No event’s text contains “zzzq”.')
})
