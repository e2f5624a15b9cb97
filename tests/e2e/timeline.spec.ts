import { drawn, MARK } from './axis.ts'
import { byId, events, nameOf, ofOccasion, showing, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const MONTH = /^(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/
const long = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

test('first load shows every event on the axis and in the list', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).toHaveText(showing(total))
  const list = page.getByRole('region', { name: /Events in view/ })
  await expect(list.getByRole('link')).toHaveCount(Math.min(total, 150))
  // Marks: singles plus clusters account for every event.
  const marks = page.getByTestId('timeline-svg').locator(MARK)
  const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  const count = names.reduce((n, name) => n + (Number(/^(\d+) events,/.exec(name)?.[1]) || 1), 0)
  expect(count).toBe(total)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pyongyang–Moscow Timeline')
})

test("the opening view spans the corpus's own first to last event", async ({ page }) => {
  await page.goto('./')
  const label = (await page.getByTestId('visible-range').textContent()) ?? ''
  const [from, to] = label
    .replace('Visible range: ', '')
    .split(' – ')
    .map((d) => Date.parse(`${d} UTC`))
  const first = Date.parse(events[0].date)
  const last = Date.parse(events[total - 1].date)
  expect(from).toBeLessThanOrEqual(first)
  expect(to).toBeGreaterThanOrEqual(last)
  // ...and not much more: the padding is a few percent of the span, at least a month.
  const pad = Math.max((last - first) * 0.03, 30 * 86_400_000) + 86_400_000
  expect(first - from).toBeLessThanOrEqual(pad)
  expect(to - last).toBeLessThanOrEqual(pad)
  expect(label).toContain(long.format(from))
})

test('each event is a control named by title, written-out date and occasion', async ({ page }) => {
  const birthdays = ofOccasion('putin-birthday')
  const event = birthdays[0]
  await page.goto('./?occasion=putin-birthday')
  const name = nameOf(event)
  // On the axis a button (the birthdays are a year apart), in the list a link to its page.
  await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1)
  await expect(
    page.getByRole('region', { name: /Events in view/ }).getByRole('link', { name, exact: true }),
  ).toHaveAttribute('href', `/event/${event.id}/`)
  await expect(page.getByTestId('timeline-svg').getByRole('button', { name, exact: true })).toBeVisible()
})

test('zoom buttons move the axis from years to months and back', async ({ page }) => {
  await page.goto('./')
  const year = events[Math.floor(total / 2)].date.slice(0, 4)
  const labels = async () => (await drawn(page)).ticks.map((t) => t.label)
  await expect.poll(labels).toContain(year)
  expect((await labels()).every((l) => /^\d{4}$/.test(l) || MONTH.test(l))).toBe(true)
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  await expect.poll(async () => (await labels()).some((l) => MONTH.test(l))).toBe(true)
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect.poll(labels).toContain(year)
  await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled()
})

test('the canvas draws every single mark the controls name, where the control is', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('timeline-svg').locator(MARK).first()).toBeAttached()
  const box = (await page.getByTestId('timeline-svg').boundingBox())!
  const controls = await page
    .getByTestId('timeline-svg')
    .locator('[data-event-id]')
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.querySelector('.mark-halo')!.getBoundingClientRect()
        return { id: e.getAttribute('data-event-id'), x: r.left + r.width / 2, y: r.top + r.height / 2 }
      }),
    )
  const marks = (await drawn(page)).marks
  expect(controls.length).toBeGreaterThan(0)
  for (const c of controls) {
    const m = marks.find((d) => d.id === c.id)
    expect(m, c.id ?? '').toBeDefined()
    expect(Math.abs(m!.x + box.x - c.x)).toBeLessThan(1.5)
    expect(Math.abs(m!.y + box.y - c.y)).toBeLessThan(1.5)
  }
})

test('wheel zooms the axis in and a drag pans it', async ({ page }) => {
  await page.goto('./')
  // A wheel is not held while the page wakes up (clicks and keys are): wait for the app.
  await expect(page.locator('.canvas-drawn')).toBeAttached()
  const svg = page.getByTestId('timeline-svg')
  const range = page.getByTestId('visible-range')
  const whole = (await range.textContent()) ?? ''
  const box = (await svg.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400)
  await expect(range).not.toHaveText(whole)
  await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled()
  const zoomed = await range.textContent()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect(range).not.toHaveText(zoomed ?? '')
})

test('hovering or focusing a mark shows a tooltip with date, occasion and title', async ({ page }) => {
  const summits = ofOccasion('summit')
  const first = byId(summits[0].id)
  await page.goto('./?occasion=summit')
  await expect(page.getByRole('region', { name: /Events in view/ }).getByRole('link')).toHaveCount(
    summits.length,
  )
  await page.locator(`svg [data-event-id="${first.id}"]`).hover()
  const tip = page.getByRole('tooltip')
  const [y, m, d] = first.date.split('-').map(Number)
  await expect(tip).toContainText(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d)),
  )
  await expect(tip).toContainText('Summit')
  await expect(tip).toContainText(first.title)
})

test('a cluster zooms in when clicked', async ({ page }) => {
  // Narrow enough that the whole corpus cannot be all single marks.
  await page.setViewportSize({ width: 480, height: 800 })
  await page.goto('./')
  // Once awake: the axis lays its marks out with the real font then (clusters may change).
  await page.locator('.canvas-drawn').waitFor()
  const cluster = page
    .getByTestId('timeline-svg')
    .getByRole('button', { name: /^\d+ events,/ })
    .first()
  const name = (await cluster.getAttribute('aria-label')) ?? ''
  // The cluster's members: every event dated within the range it names.
  const [, from, to] = /^\d+ events, (.+?) – (.+?)\./.exec(name) ?? []
  const dateOf = (text: string | undefined) =>
    events.find((e) => long.format(Date.parse(e.date)) === text)?.date
  const [start, end] = [dateOf(from), dateOf(to)]
  expect(start && end, name).toBeTruthy()
  const members = events.filter((e) => e.date >= start! && e.date <= end!)
  await cluster.click()
  await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled()
  await expect(page.getByTestId('timeline-svg').getByRole('button', { name, exact: true })).toHaveCount(0)
  // Its span fills the view (a slot to spare at each end), so each of them is a mark of its own.
  const label = (await page.getByTestId('visible-range').textContent()) ?? ''
  const [shownFrom, shownTo] = label
    .replace('Visible range: ', '')
    .split(' – ')
    .map((d) => Date.parse(`${d} UTC`))
  const [t0, t1] = [Date.parse(start!), Date.parse(end!)]
  expect(shownFrom).toBeLessThanOrEqual(t0)
  expect(shownTo).toBeGreaterThanOrEqual(t1)
  expect(shownTo - shownFrom, label).toBeLessThanOrEqual((t1 - t0) * 1.5 + 30 * 86_400_000)
  for (const e of members)
    await expect(
      page.getByTestId('timeline-svg').getByRole('button', { name: nameOf(e), exact: true }),
    ).toHaveCount(1)
})

for (const width of [1440, 375])
  test(`at ${width} px every mark the canvas draws lies within the axis: no lane is cut short`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('./')
    const { marks } = await drawn(page)
    const height = (await page.getByTestId('timeline-box').boundingBox())!.height
    expect(marks.length).toBeGreaterThan(0)
    expect(
      marks.filter((m) => m.y + m.r > height).map((m) => m.id ?? `cluster at ${Math.round(m.x)}`),
    ).toEqual([])
  })
