import { expect, test } from './fixtures.ts'

test('first load shows all 47 events on the axis and in the list', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).toHaveText(
    'Showing 47 of 47 events',
  )
  const list = page.getByRole('region', { name: /Events in view/ })
  await expect(list.getByRole('button')).toHaveCount(47)
  // Marks: singles plus clusters account for every event.
  const marks = page.getByTestId('timeline-svg').locator('[role="button"]')
  const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  const total = names.reduce((n, name) => n + (Number(/^(\d+) events,/.exec(name)?.[1]) || 1), 0)
  expect(total).toBe(47)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pyongyang–Moscow Timeline')
})

test('each event is a control named by title, written-out date and occasion', async ({ page }) => {
  await page.goto('./?occasion=putin-birthday')
  const name = "Kim greets Putin on his 72nd birthday, 7 October 2024, Putin's birthday"
  // Once in the list, once on the axis (zoomed out, the three birthdays are a year apart).
  await expect(page.getByRole('button', { name, exact: true })).toHaveCount(2)
  await expect(page.getByTestId('timeline-svg').getByRole('button', { name, exact: true })).toBeVisible()
})

test('zoom buttons move the axis from years to months and back', async ({ page }) => {
  await page.goto('./')
  const svg = page.getByTestId('timeline-svg')
  await expect(svg.getByText('2022', { exact: true })).toBeVisible()
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await expect(
    svg
      .locator('text')
      .filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/ })
      .first(),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect(svg.getByText('2022', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled()
})

test('wheel zooms the axis in and a drag pans it', async ({ page }) => {
  await page.goto('./')
  const svg = page.getByTestId('timeline-svg')
  const range = page.getByTestId('visible-range')
  await expect(range).toHaveText('Visible range: 1 Jan 2019 – 31 Dec 2025')
  const box = (await svg.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400)
  await expect(range).not.toHaveText('Visible range: 1 Jan 2019 – 31 Dec 2025')
  await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled()
  const zoomed = await range.textContent()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect(range).not.toHaveText(zoomed ?? '')
})

test('hovering or focusing a mark shows a tooltip with date, occasion and title', async ({ page }) => {
  await page.goto('./?occasion=summit')
  await expect(page.getByRole('region', { name: /Events in view/ }).getByRole('button')).toHaveCount(4)
  const mark = page.locator('[data-event-id="2019-04-25-summit"]').first()
  await mark.hover()
  const tip = page.getByRole('tooltip')
  await expect(tip).toContainText('25 April 2019')
  await expect(tip).toContainText('Summit')
  await expect(tip).toContainText('First Kim–Putin summit, Vladivostok')
})

test('a cluster zooms in when clicked', async ({ page }) => {
  await page.goto('./')
  const cluster = page
    .getByTestId('timeline-svg')
    .getByRole('button', { name: /^\d+ events,/ })
    .first()
  const name = await cluster.getAttribute('aria-label')
  await cluster.click()
  await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled()
  await expect(page.getByTestId('timeline-svg').getByRole('button', { name: name ?? '' })).toHaveCount(0)
})
