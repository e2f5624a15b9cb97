import { readFileSync } from 'node:fs'
import { drawn, MARK } from './axis.ts'
import { expect, test } from './fixtures.ts'

// The timeline in Korean and Russian: its controls, legends, lanes and list named in the
// page's language (as the catalogues write them), and the axis's ticks written as the
// language writes dates.

type Catalogue = Record<string, Record<'en' | 'ko' | 'ru', string>>
const read = (name: string): Catalogue =>
  JSON.parse(readFileSync(`src/i18n/messages/${name}.json`, 'utf8')) as Catalogue
const timeline = read('timeline')
const labels = read('labels')

/** How each language writes the axis's ticks: a year, a month, a day of a month. */
const TICK = {
  ko: { year: /^\d{4}년$/, other: /^\d{1,2}월( \d{1,2}일)?$/ },
  ru: { year: /^\d{4}$/, other: /^(\d{1,2} )?[а-яё]+\.?$/ },
} as const

for (const lang of ['ko', 'ru'] as const) {
  const say = (id: string) => {
    const text = timeline[id]?.[lang]
    if (text === undefined) throw new Error(`${id} is not in timeline.json`)
    return text
  }

  test(`${lang}: the timeline's controls, legends, lanes and list speak the page's language`, async ({
    page,
  }) => {
    await page.goto(`./${lang}/`)
    const figure = page.getByRole('figure', { name: say('timeline.name'), exact: true })
    await expect(figure).toBeVisible()
    const zoom = figure.getByRole('group', { name: say('timeline.zoom'), exact: true })
    await expect(zoom.getByRole('button', { name: say('timeline.zoomIn'), exact: true })).toHaveAttribute(
      'title',
      say('timeline.zoomInKey'),
    )
    await expect(zoom.getByRole('button', { name: say('timeline.zoomOut'), exact: true })).toHaveAttribute(
      'title',
      say('timeline.zoomOutKey'),
    )
    await expect(zoom.getByRole('button', { name: say('timeline.reset'), exact: true })).toHaveAttribute(
      'title',
      say('timeline.resetKey'),
    )
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0)
    await expect(page.getByTestId('visible-range')).toHaveText(
      new RegExp(`^${say('timeline.visibleRangeIs')}`),
    )
    await expect(page.getByTestId('timeline-svg').locator('title')).toHaveText(say('timeline.howTo'))

    const legend = page.getByRole('list', { name: say('timeline.shapes'), exact: true })
    for (const id of [
      'timeline.shape.message',
      'timeline.shape.meeting',
      'timeline.shape.treaty',
      'timeline.shape.cluster',
    ])
      await expect(legend.getByRole('listitem').filter({ hasText: say(id) })).toHaveCount(1)
    const silences = legend.getByRole('checkbox', { name: say('timeline.silences'), exact: true })
    await silences.uncheck()
    await expect(silences).not.toBeChecked()
    await expect(page.getByRole('list', { name: say('timeline.eras'), exact: true })).toBeVisible()

    // The lanes' names are drawn in SVG text over the canvas.
    await expect(page.locator('.lane-label')).toHaveText([
      labels['labels.lane.toMoscow'][lang],
      labels['labels.lane.toPyongyang'][lang],
      labels['labels.lane.joint'][lang],
    ])

    const overview = page.getByRole('region', { name: say('timeline.overview'), exact: true })
    await expect(
      overview.getByRole('slider', { name: say('timeline.visibleRange'), exact: true }),
    ).toBeVisible()

    const list = page.getByRole('region', {
      name: new RegExp(`^${say('timeline.list.heading')} \\(\\d+\\)$`),
    })
    await expect(list.getByRole('link').first()).toBeVisible()
    // A title not written in the language says so, for screen readers and fonts.
    const english = await list.locator('[lang="en"]').allTextContents()
    expect(english.every((text) => !/[\p{Script=Hangul}\p{Script=Cyrillic}]/u.test(text))).toBe(true)

    // Every mark on the axis (events and clusters) is named in the language, none in English.
    const names = await page
      .getByTestId('timeline-svg')
      .locator(MARK)
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => /\d events,|Zoom in to see them/.test(name))).toEqual([])
  })

  test(`${lang}: the axis's ticks are written as the language writes dates, from years to days`, async ({
    page,
  }) => {
    await page.goto(`./${lang}/`)
    const ticks = async () => (await drawn(page)).ticks
    await expect
      .poll(async () => (await ticks()).some((t) => t.major && TICK[lang].year.test(t.label)))
      .toBe(true)
    const zoomIn = page.getByRole('button', { name: say('timeline.zoomIn'), exact: true })
    for (let i = 0; i < 6; i++) await zoomIn.click()
    await expect
      .poll(async () => (await ticks()).some((t) => !t.major && TICK[lang].other.test(t.label)))
      .toBe(true)
    for (const t of await ticks())
      expect(t.label, t.label).toMatch(t.major ? TICK[lang].year : TICK[lang].other)
  })
}
