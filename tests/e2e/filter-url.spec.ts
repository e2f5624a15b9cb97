import { ofOccasion, occasionLabel, showing, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })

const victory = ofOccasion('victory-day')
const birthdays = ofOccasion('putin-birthday')
const toggleName = (id: string) => `${occasionLabel(id)}, ${ofOccasion(id).length} events`

test('filtering by occasion updates the axis, the list and the status at once', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'None' }).click()
  await expect(status(page)).toHaveText(showing(0))
  const toggle = page.getByRole('button', { name: toggleName('victory-day') })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(status(page)).toHaveText(showing(victory.length))
  await expect(page.getByRole('region', { name: /Events in view/ }).getByRole('link')).toHaveCount(
    victory.length,
  )
  await expect(page).toHaveURL(/\?occasion=victory-day$/)
  await page.getByRole('button', { name: toggleName('putin-birthday') }).click()
  await expect(status(page)).toHaveText(showing(victory.length + birthdays.length))
  await page.getByRole('button', { name: 'All' }).click()
  await expect(status(page)).toHaveText(showing(total))
})

test('a deep link reproduces the view, survives reload, and back / forward work', async ({ page }) => {
  const event = birthdays[0]
  await page.goto(`./?occasion=victory-day,putin-birthday&event=${event.id}`)
  const both = showing(victory.length + birthdays.length)
  await expect(status(page)).toHaveText(both)
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await expect(heading).toHaveText(event.title)
  await page.reload()
  await expect(heading).toHaveText(event.title)
  await expect(status(page)).toHaveText(both)

  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(page).toHaveURL(/\?occasion=victory-day,putin-birthday$/)
  await page.goBack()
  await expect(heading).toHaveText(event.title)
  await page.goForward()
  await expect(page.getByRole('complementary')).toHaveCount(0)
})

test('unknown ids in the link are ignored with a visible notice, never a blank page', async ({ page }) => {
  await page.goto('./?occasion=victory-day,made-up&event=2030-01-01-nothing')
  await expect(page.getByText(/Ignored unknown occasion in the link: "made-up"/)).toBeVisible()
  await expect(page.getByText(/does not have \("2030-01-01-nothing"\)/)).toBeVisible()
  await expect(status(page)).toHaveText(showing(victory.length))
  await expect(page).toHaveURL(/\?occasion=victory-day$/)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText(/made-up/)).toHaveCount(0)
})
