import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures.ts'

const seedBody = (id: string) =>
  (JSON.parse(readFileSync(`data/events/${id}.json`, 'utf8')) as { body: string[] }).body

for (const [id, title] of [
  ['2024-10-07-putin-birthday', 'Kim greets Putin on his 72nd birthday'],
  ['2023-05-09-victory-day', "Kim's Victory Day message: a sacred struggle"],
] as const) {
  test(`clicking ${id} opens the panel with the full seed text`, async ({ page }) => {
    await page.goto('./')
    await page
      .getByRole('region', { name: /Events in view/ })
      .locator(`[data-event-id="${id}"]`)
      .click()
    const panel = page.getByRole('complementary', { name: title })
    await expect(panel).toBeVisible()
    const body = seedBody(id)
    const paragraphs = panel.getByTestId('full-text').locator('p')
    await expect(paragraphs).toHaveCount(body.length)
    await expect(paragraphs).toHaveText(body)
    await expect(panel).toContainText('Date partly inferred')
    await expect(panel).toContainText('Kim Jong Un → Vladimir Putin')
    await expect(panel.getByRole('link', { name: /KCNA Watch|UPI|KCNA/ }).first()).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`event=${id}`))
  })
}

test('an event without full text says so and links its source', async ({ page }) => {
  await page.goto('./?event=2021-06-12-russia-day')
  const panel = page.getByRole('complementary')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kim congratulates Putin on Russia Day')
  await expect(panel).toContainText('Full text not in the corpus')
  await expect(panel).toContainText('Single source')
  const link = panel.getByRole('link', { name: /Pledge Times/ }).first()
  await expect(link).toHaveAttribute('href', /^https:\/\/pledgetimes\.com\//)
  await expect(link).toHaveAttribute('rel', /noopener/)
})

test('related events, previous and next move the panel', async ({ page }) => {
  await page.goto('./?event=2021-08-15-liberation-day-from-putin')
  const panel = page.getByRole('complementary')
  await panel
    .getByRole('region', { name: 'Related events' })
    .getByRole('button', {
      name: /Kim's Liberation Day telegram to Putin|Kim's Liberation Day telegram to Putin/,
    })
    .click()
  await expect(page).toHaveURL(/event=2021-08-15-liberation-day-from-kim/)
  await panel.getByRole('button', { name: /Next/ }).click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    "Putin's Liberation Day telegram to Kim",
  )
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /Previous/ })
    .click()
  await expect(page).toHaveURL(/event=2021-08-15-liberation-day-from-kim/)
})

test('the panel lists the same occasion in other years', async ({ page }) => {
  await page.goto('./?event=2024-10-07-putin-birthday')
  const panel = page.getByRole('complementary')
  const section = panel.getByRole('heading', { name: /Putin.s birthday in other years/ })
  await expect(section).toBeVisible()
  await expect(panel.getByRole('button', { name: /70th birthday/ })).toBeVisible()
  await expect(panel.getByRole('button', { name: /73rd birthday/ })).toBeVisible()
})
