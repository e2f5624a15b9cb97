import { AxeBuilder } from '@axe-core/playwright'
import { events, ofOccasion, showing } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const status = /^Showing \d+ of \d+ events?$/
const withBody = events.find((e) => e.body)!

async function violations(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

test('axe finds no violation on the timeline', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('axe finds no violation with a panel open', async ({ page }) => {
  await page.goto(`./?event=${withBody.id}`)
  await expect(page.getByRole('complementary').getByTestId('full-text')).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('axe finds no violation in a filtered, zoomed view', async ({ page }) => {
  await page.goto('./?occasion=victory-day,liberation-day')
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: status })).toHaveText(
    showing(ofOccasion('victory-day').length + ofOccasion('liberation-day').length),
  )
  expect(await violations(page)).toEqual([])
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })

  test('axe finds no violation on the timeline or the sheet', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible()
    expect(await violations(page)).toEqual([])
    await page.goto(`./?event=${withBody.id}`)
    await expect(page.getByRole('complementary').getByTestId('full-text')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
})
