import { expect, test } from './fixtures.ts'

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })

test('filtering by occasion updates the axis, the list and the status at once', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'None' }).click()
  await expect(status(page)).toHaveText('Showing 0 of 47 events')
  const victory = page.getByRole('button', { name: 'Victory Day, 5 events' })
  await expect(victory).toHaveAttribute('aria-pressed', 'false')
  await victory.click()
  await expect(victory).toHaveAttribute('aria-pressed', 'true')
  await expect(status(page)).toHaveText('Showing 5 of 47 events')
  await expect(page.getByRole('region', { name: /Events in view/ }).getByRole('button')).toHaveCount(5)
  await expect(page).toHaveURL(/\?occasion=victory-day$/)
  await page.getByRole('button', { name: "Putin's birthday, 3 events" }).click()
  await expect(status(page)).toHaveText('Showing 8 of 47 events')
  await page.getByRole('button', { name: 'All' }).click()
  await expect(status(page)).toHaveText('Showing 47 of 47 events')
})

test('a deep link reproduces the view, survives reload, and back / forward work', async ({ page }) => {
  await page.goto('./?occasion=victory-day,putin-birthday&event=2024-10-07-putin-birthday')
  await expect(status(page)).toHaveText('Showing 8 of 47 events')
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await expect(heading).toHaveText('Kim greets Putin on his 72nd birthday')
  await page.reload()
  await expect(heading).toHaveText('Kim greets Putin on his 72nd birthday')
  await expect(status(page)).toHaveText('Showing 8 of 47 events')

  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(page).toHaveURL(/\?occasion=victory-day,putin-birthday$/)
  await page.goBack()
  await expect(heading).toHaveText('Kim greets Putin on his 72nd birthday')
  await page.goForward()
  await expect(page.getByRole('complementary')).toHaveCount(0)
})

test('unknown ids in the link are ignored with a visible notice, never a blank page', async ({ page }) => {
  await page.goto('./?occasion=victory-day,made-up&event=2030-01-01-nothing')
  await expect(page.getByText(/Ignored unknown occasion in the link: "made-up"/)).toBeVisible()
  await expect(page.getByText(/does not have \("2030-01-01-nothing"\)/)).toBeVisible()
  await expect(status(page)).toHaveText('Showing 5 of 47 events')
  await expect(page).toHaveURL(/\?occasion=victory-day$/)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText(/made-up/)).toHaveCount(0)
})
