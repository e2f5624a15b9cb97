import { readFileSync } from 'node:fs'
import { drawn } from './axis.ts'
import { events, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const eras = JSON.parse(readFileSync('data/eras.json', 'utf8')) as {
  id: string
  label: string
  start: string
}[]

test('the overview strip shows the visible range; arrows move it, shift+arrows resize it', async ({
  page,
}) => {
  await page.goto('./')
  const overview = page.getByRole('region', { name: 'Overview' })
  const brush = overview.getByRole('slider', { name: 'Visible range' })
  const range = page.getByTestId('visible-range')
  await expect(brush).toHaveAttribute(
    'aria-valuetext',
    ((await range.textContent()) ?? '').replace('Visible range: ', ''),
  )
  // Zooming the axis moves the brush.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await expect(range).not.toHaveText(/Visible range: .* – .*2026$/)
  const zoomed = ((await range.textContent()) ?? '').replace('Visible range: ', '')
  await expect(brush).toHaveAttribute('aria-valuetext', zoomed)
  // The brush moves the axis.
  await brush.focus()
  await page.keyboard.press('ArrowRight')
  await expect(range).not.toHaveText(`Visible range: ${zoomed}`)
  const moved = ((await range.textContent()) ?? '').replace('Visible range: ', '')
  await expect(brush).toHaveAttribute('aria-valuetext', moved)
  const span = async () => {
    const [a, b] = ((await range.textContent()) ?? '').replace('Visible range: ', '').split(' – ')
    return Date.parse(`${b} UTC`) - Date.parse(`${a} UTC`)
  }
  const before = await span()
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(span).toBeGreaterThan(before)
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(span).toBeLessThan(before + 86_400_000)
  await page.keyboard.press('Home')
  await expect(range).toHaveText(
    new RegExp(`^Visible range: \\d+ \\w+ ${events[0].date.slice(0, 4) === '2019' ? '2019' : '\\d{4}'}`),
  )
})

test('dragging the brush moves the axis', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  const range = page.getByTestId('visible-range')
  const zoomed = await range.textContent()
  const selection = page.getByRole('region', { name: 'Overview' }).locator('.selection')
  const box = (await selection.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 })
  // Brushing is a gesture: the axis's controls stay hidden while it moves, and come back when it rests.
  const controls = page.getByTestId('timeline-svg')
  await expect(controls).toHaveClass(/\bhidden\b/)
  await page.mouse.up()
  await expect(range).not.toHaveText(zoomed ?? '')
  await expect(controls).not.toHaveClass(/\bhidden\b/)
})

test('eras are shaded behind the axis and named in the legend, each with its dates', async ({ page }) => {
  expect(eras.length).toBeGreaterThanOrEqual(2)
  await page.goto('./')
  await expect
    .poll(async () => (await drawn(page)).eras.map((e) => e.id).sort())
    .toEqual(eras.map((e) => e.id).sort())
  const legend = page.getByRole('list', { name: 'Shaded periods' })
  for (const era of eras)
    await expect(legend.getByRole('listitem').filter({ hasText: era.label })).toHaveCount(1)
})

test('keyboard: ← → Home End move through events, + − 0 zoom, ? lists the shortcuts', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toBeVisible()
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await page.keyboard.press('Home')
  await expect(heading).toHaveText(events[0].title)
  await page.keyboard.press('ArrowRight')
  await expect(heading).toHaveText(events[1].title)
  await page.keyboard.press('End')
  await expect(heading).toHaveText(events[total - 1].title)
  await page.keyboard.press('ArrowLeft')
  await expect(heading).toHaveText(events[total - 2].title)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary')).toHaveCount(0)
  const range = page.getByTestId('visible-range')
  const whole = await range.textContent()
  await page.keyboard.press('+')
  await expect(range).not.toHaveText(whole ?? '')
  await page.keyboard.press('0')
  await expect(range).toHaveText(whole ?? '')
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const key of ['←', '→', 'Home', 'End', '+', '−', '0', '/', 'Esc', '?'])
    await expect(
      dialog.locator('kbd', { hasText: new RegExp(`^${key.replace(/[?+]/g, '\\$&')}$`) }),
    ).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('dark mode follows the system, and a switch kept in localStorage overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('./')
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const dark = await bg()
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await bg()
  expect(dark).not.toBe(light)
  await page.getByLabel('Theme', { exact: true }).selectOption('dark')
  expect(await bg()).toBe(dark)
  await page.reload()
  await expect(page.getByLabel('Theme', { exact: true })).toHaveValue('dark')
  expect(await bg()).toBe(dark)
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark')
  await page.getByLabel('Theme', { exact: true }).selectOption('system')
  expect(await bg()).toBe(light)
})

test('prefers-reduced-motion turns animation and transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('./')
  const chevron = page
    .getByRole('button', { name: /Direction, kind and dates/ })
    .locator('span')
    .first()
  expect(await chevron.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  expect(await chevron.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s')
})
