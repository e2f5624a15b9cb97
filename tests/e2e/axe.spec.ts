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

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    for (const [name, url, ready] of [
      ['timeline with a search and the panel', `./?q=alliance&event=${withBody.id}`, 'complementary'],
      ['table', './?view=table', 'table'],
      ['comparison', './?occasion=liberation-day&view=compare', 'compare'],
      ['phrase trend', './?phrase=friendship', 'trend'],
      ['shortcut list', './', 'dialog'],
    ] as const) {
      test(`axe finds no violation on the ${name}`, async ({ page }) => {
        await page.goto(url)
        if (ready === 'complementary')
          await expect(page.getByRole('complementary').getByTestId('full-text')).toBeVisible()
        if (ready === 'table') await expect(page.getByRole('table')).toBeVisible()
        if (ready === 'compare') await expect(page.locator('ins').first()).toBeVisible()
        if (ready === 'trend')
          await expect(page.getByRole('region', { name: 'Phrase trend' }).locator('figcaption')).toBeVisible()
        if (ready === 'dialog') {
          await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible()
          await page.keyboard.press('?')
          await expect(page.getByRole('dialog')).toBeVisible()
        }
        expect(await violations(page)).toEqual([])
      })
    }
  })
}
