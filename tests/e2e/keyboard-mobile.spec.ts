import { events, nameOf, ofOccasion } from './corpus.ts'
import { expect, test } from './fixtures.ts'

test('keyboard only: Tab to an event on the axis, Enter opens it, Esc closes and returns focus', async ({
  page,
}) => {
  const summit = ofOccasion('summit')[0]
  await page.goto('./?occasion=summit')
  let focused = ''
  for (let i = 0; i < 40 && focused !== nameOf(summit); i++) {
    await page.keyboard.press('Tab')
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
  }
  expect(focused).toBe(nameOf(summit))
  const inSvg = await page.evaluate(() => !!document.activeElement?.closest('svg'))
  expect(inSvg).toBe(true)
  await expect(page.getByRole('tooltip')).toContainText(summit.title)
  await page.keyboard.press('Enter')
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await expect(heading).toHaveText(summit.title)
  await expect(heading).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary')).toHaveCount(0)
  const back = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))
  expect(back).toBe(summit.id)
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('the page fits the width and the panel is a full-width sheet', async ({ page }) => {
    const withBody = events.find((e) => e.body)!
    await page.goto('./')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page
      .getByRole('region', { name: /Events in view/ })
      .locator(`[data-event-id="${withBody.id}"]`)
      .click()
    const panel = page.getByRole('complementary')
    const box = (await panel.boundingBox())!
    expect(box.x).toBe(0)
    expect(box.width).toBe(375)
    await expect(panel.getByTestId('full-text')).toBeVisible()
    await panel.getByRole('button', { name: 'Close' }).click()
    await expect(panel).toHaveCount(0)
  })
})
