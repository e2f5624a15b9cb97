import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'

const status = /^Showing \d+ of 47 events$/

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
  await page.goto('./?event=2024-10-07-putin-birthday')
  await expect(page.getByRole('complementary').getByTestId('full-text')).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('axe finds no violation in a filtered, zoomed view', async ({ page }) => {
  await page.goto('./?occasion=victory-day,liberation-day')
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: status })).toHaveText('Showing 16 of 47 events')
  expect(await violations(page)).toEqual([])
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })

  test('axe finds no violation on the timeline or the sheet', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible()
    expect(await violations(page)).toEqual([])
    await page.goto('./?event=2023-05-09-victory-day')
    await expect(page.getByRole('complementary').getByTestId('full-text')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
})
