import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { setupI18n } from '@lingui/core'
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import { localOccasion } from '../../src/data/localize.ts'
import type { EventKind } from '../../src/data/schema.ts'
import { corpus, events, ofOccasion } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The table, the comparison, the filters and the export in Korean and Russian (ko/, ru/):
// every name is the catalogue's (src/i18n/messages/views.json and labels.json, read here),
// dates are written as each language writes them, and the CSV is the dataset's English
// whatever the page's language.

type Catalogue = Record<string, Record<'en' | 'ko' | 'ru', string>>
const read = (file: string) => JSON.parse(readFileSync(`src/i18n/messages/${file}`, 'utf8')) as Catalogue
const catalogue: Catalogue = { ...read('views.json'), ...read('labels.json') }

/** A message of the catalogue in `lang`, with `values` put in (ICU, as the page does it). */
function say(lang: 'ko' | 'ru', id: string, values?: Record<string, string | number>): string {
  const text = catalogue[id]?.[lang]
  if (text === undefined) throw new Error(`no message ${id} in ${lang}`)
  const i18n = setupI18n()
  i18n.loadAndActivate({ locale: lang, messages: { [id]: compileMessageOrThrow(text) } })
  return i18n._(id, values)
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** Dates as each language writes them: "2024년 10월 7일"; "7 окт. 2024 г.", "7 октября 2024 г.". */
const SHORT_DATE = { ko: /^\d{4}년 \d{1,2}월 \d{1,2}일$/, ru: /^\d{1,2} [а-яё]+\.? \d{4} г\.$/ }
const LONG_DATE = { ko: /\d{4}년 \d{1,2}월 \d{1,2}일/, ru: /\d{1,2} [а-яё]{3,} \d{4} г\./ }

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  return readFileSync(await file.path(), 'utf8')
}

for (const lang of ['ko', 'ru'] as const) {
  const label = (id: string) =>
    localOccasion(
      corpus.occasions.find((o) => o.id === id)!,
      lang,
    ).label

  test(`${lang}: the filters, their chips and the status line are in the page's language`, async ({
    page,
  }) => {
    await page.goto(`./${lang}/`)
    const occasions = page.locator('section[aria-labelledby="filter-heading"]')
    await expect(occasions.getByRole('heading', { name: say(lang, 'filters.occasions') })).toBeVisible()
    await expect(
      occasions.getByRole('button', { name: say(lang, 'filters.all'), exact: true }),
    ).toBeDisabled()
    await expect(
      occasions.getByRole('button', { name: say(lang, 'filters.none'), exact: true }),
    ).toBeEnabled()
    // Each occasion's chip is named by its label in the language (then its count).
    for (const o of corpus.occasions.filter((x) => ofOccasion(x.id).length > 0))
      await expect(
        occasions.getByRole('button', {
          name: new RegExp(`^${escape(label(o.id))}, ${ofOccasion(o.id).length}\\b`),
        }),
      ).toHaveAttribute('aria-pressed', 'true')
    const status = page
      .getByRole('status')
      .filter({ hasText: say(lang, 'filters.showing', { shown: events.length, total: events.length }) })
    await expect(status).toHaveText(
      say(lang, 'filters.showing', { shown: events.length, total: events.length }),
    )

    const more = page.getByRole('button', { name: say(lang, 'filters.more') })
    await more.click()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    for (const id of ['filters.direction', 'filters.kind', 'filters.dates'])
      await expect(page.getByRole('heading', { name: say(lang, id), exact: true })).toBeVisible()
    const lanes = page.getByRole('region', { name: say(lang, 'filters.direction'), exact: true })
    for (const lane of ['toMoscow', 'toPyongyang', 'joint'])
      await expect(
        lanes.getByRole('button', { name: new RegExp(`^${escape(say(lang, `labels.lane.${lane}`))}, \\d+`) }),
      ).toBeVisible()
    const kinds = page.getByRole('region', { name: say(lang, 'filters.kind'), exact: true })
    for (const kind of new Set<EventKind>(events.map((e) => e.kind)))
      await expect(
        kinds.getByRole('button', {
          name: new RegExp(`^${escape(say(lang, `labels.kind.${camel(kind)}`))}, \\d+`),
        }),
      ).toBeVisible()
    await expect(page.getByLabel(say(lang, 'filters.from'), { exact: true })).toBeVisible()
    await expect(page.getByLabel(say(lang, 'filters.to'), { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: say(lang, 'filters.last12') })).toBeVisible()
    await expect(page.getByRole('button', { name: say(lang, 'filters.anyDate') })).toBeDisabled()
    const year = page.getByLabel(say(lang, 'filters.year'), { exact: true })
    await expect(year.locator('option').first()).toHaveText(say(lang, 'filters.anyYear'))
    // A kind left out: the toggle says how many of these filters are on.
    await kinds
      .getByRole('button', { name: new RegExp(`^${escape(say(lang, 'labels.kind.letter'))}, `) })
      .click()
    await expect(more).toContainText(say(lang, 'filters.active', { active: 1 }))
  })

  test(`${lang}: the table's heading, column headers, sort buttons and dates are in the page's language`, async ({
    page,
  }) => {
    await page.goto(`./${lang}/?view=table&silences=off`)
    const table = page.getByRole('table')
    await expect(table).toHaveAttribute('aria-rowcount', String(events.length + 1))
    await expect(
      page.getByRole('heading', { name: new RegExp(`^${escape(say(lang, 'table.heading'))}`) }),
    ).toContainText(say(lang, 'table.headingNote', { events: events.length, silences: 0 }))
    await expect(page.getByLabel(say(lang, 'table.silencesToggle'))).not.toBeChecked()
    const columns = ['date', 'direction', 'occasion', 'kind', 'title', 'confidence', 'source']
    // Each header and its sort button are named by the column's label (the arrow is hidden).
    await expect(table.getByRole('columnheader')).toHaveCount(columns.length)
    for (const c of columns)
      await expect(
        table
          .getByRole('columnheader', { name: say(lang, `table.col.${c}`), exact: true })
          .getByRole('button', { name: say(lang, `table.col.${c}`), exact: true }),
      ).toBeVisible()
    const date = table.getByRole('columnheader', { name: say(lang, 'table.col.date'), exact: true })
    await expect(date).toHaveAttribute('aria-sort', 'ascending')
    const kind = table.getByRole('columnheader', { name: say(lang, 'table.col.kind'), exact: true })
    await kind.getByRole('button', { name: say(lang, 'table.col.kind'), exact: true }).click()
    await expect(kind).toHaveAttribute('aria-sort', 'ascending')
    await date.getByRole('button').click()
    const firstRow = table.getByRole('row').nth(1)
    await expect(firstRow.getByRole('cell').first()).toHaveText(SHORT_DATE[lang])
    await expect(firstRow.getByRole('cell').nth(2)).toHaveText(label(events[0].occasion))
    // The years with none found come back, each said in the language.
    await page.getByLabel(say(lang, 'table.silencesToggle')).check()
    await expect(table.locator('[data-absence]').first().getByRole('cell').nth(3)).toHaveText(
      say(lang, 'table.noneFound'),
    )
  })

  test(`${lang}: compare years' heading, controls, legend and years are in the page's language`, async ({
    page,
  }) => {
    const occasion = corpus.occasions.find((o) => o.id === 'liberation-day')!
    await page.goto(`./${lang}/?view=compare`)
    await expect(page.getByRole('heading', { name: say(lang, 'compare.heading') })).toBeVisible()
    await expect(page.getByText(say(lang, 'compare.intro'))).toBeVisible()
    await page.getByLabel(say(lang, 'compare.occasionLabel')).selectOption(occasion.id)
    const view = page.getByRole('region', {
      name: say(lang, 'compare.headingOccasion', { occasion: label(occasion.id) }),
    })
    await expect(view).toBeVisible()
    const compare = view.getByLabel(say(lang, 'compare.languageLabel'), { exact: true })
    await expect(compare.locator('option').first()).toHaveText(say(lang, 'compare.summaryOption'))
    const languageName = new Intl.DisplayNames([lang], { type: 'language' }).of('ko')!
    await expect(compare.locator('option[value="ko"]')).toHaveText(
      say(lang, 'compare.languageOption', { lang: 'ko', language: languageName }),
    )
    await expect(view.getByLabel(say(lang, 'compare.markChanges'))).toBeChecked()
    const legend = view.getByTestId('compared-text')
    await expect(legend).toContainText(say(lang, 'compare.comparedSummary'))
    await expect(legend.locator('ins')).toHaveText(/\p{Script=Hangul}|\p{Script=Cyrillic}/u)
    await expect(legend.locator('del')).toHaveText(/\p{Script=Hangul}|\p{Script=Cyrillic}/u)
    // A year is a heading as the language writes it; a message's date is written out in it.
    const first = Number(ofOccasion(occasion.id)[0].date.slice(0, 4))
    const year = view.getByRole('region', { name: lang === 'ko' ? `${first}년` : String(first), exact: true })
    await expect(year).toBeVisible()
    await expect(year.locator('article').first().locator('p').first()).toHaveText(LONG_DATE[lang])
    await expect(year).toContainText(say(lang, 'compare.first'))
    await expect(
      view.getByText(new RegExp(escape(say(lang, 'compare.changesFrom', { year: first })))).first(),
    ).toBeVisible()
    await expect(view.locator('ins').nth(1)).toBeVisible()
    // After the checked stretch a year says it is not checked yet, with the date in the language.
    const notChecked = view
      .getByTestId('no-message')
      .filter({ hasText: say(lang, 'compare.notChecked', { date: 'X' }).split('X')[0] })
    if ((await notChecked.count()) > 0) await expect(notChecked.first()).toHaveText(LONG_DATE[lang])
    // The messages' own words in Korean, compared with Korean word breaks.
    await compare.selectOption('ko')
    await expect(legend).toContainText(
      say(lang, 'compare.comparedLanguage', { lang: 'ko', language: languageName }),
    )
    await expect(view.getByTestId('changes').first()).toHaveAttribute('lang', 'ko')
  })

  test(`${lang}: the export buttons are named in the language, and the CSV is the English page's`, async ({
    page,
  }) => {
    const query = '?occasion=putin-birthday,victory-day'
    await page.goto(`./${query}`)
    const english = await download(page, 'Export CSV')
    await page.goto(`./${lang}/${query}`)
    const shown = ofOccasion('putin-birthday').length + ofOccasion('victory-day').length
    const group = page.getByRole('group', { name: say(lang, 'export.group', { count: shown }) })
    await expect(group.getByRole('button')).toHaveText([
      say(lang, 'export.csv'),
      say(lang, 'export.json'),
      say(lang, 'export.timelinejs'),
    ])
    const local = await download(page, say(lang, 'export.csv'))
    expect(local.split('\r\n')[0]).toBe(english.split('\r\n')[0])
    // Not only the header: every row, absences too, is the dataset's English.
    expect(local).toContain('absence,')
    expect(local).toBe(english)
  })
}
