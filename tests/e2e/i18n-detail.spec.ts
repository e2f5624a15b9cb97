import { readFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { byId } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// An event in Korean and in Russian: the panel the app opens on ko/ and ru/, and the event's
// own page the build writes in each language (read with and without JavaScript). Our words
// (title, summary, date note) come from the record's translations, the words around them from
// the detail catalogue; the message's published texts keep their own languages.

type Lang = 'ko' | 'ru'
const LANGS: readonly Lang[] = ['ko', 'ru']

const ID = '2024-10-07-putin-birthday'
const event = byId(ID)
/** The record as written in data/, translations included. */
const record = JSON.parse(readFileSync(`data/events/${ID}.json`, 'utf8')) as {
  translations: Record<Lang, { title: string; summary: string; dateNote?: string }>
}
const catalogue = JSON.parse(readFileSync('src/i18n/messages/detail.json', 'utf8')) as Record<
  string,
  Record<'en' | Lang, string>
>

/** A message of the detail catalogue in `lang`, its plain placeholders filled in. */
function say(id: string, lang: Lang, values: Record<string, string> = {}): string {
  const text = catalogue[id]?.[lang]
  if (text === undefined) throw new Error(`detail.json has no ${id}`)
  return text.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m)
}

async function openPanel(page: Page, lang: Lang) {
  await page.goto(`./${lang}/`)
  await page.locator(`#root a[data-event-id="${ID}"]`).first().click()
  const panel = page.getByRole('complementary', { name: record.translations[lang].title })
  await expect(panel).toBeVisible()
  return panel
}

async function withoutScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false })
  return { context, page: await context.newPage() }
}

/** The panel's and the event page's section headings, in `lang`. */
function sectionHeadings(lang: Lang): string[] {
  return [
    say('detail.texts.heading', lang),
    say('detail.reportHeading', lang),
    say('detail.quotes', lang),
    say('detail.sources', lang, { count: String(event.sources.length) }),
    say('detail.related', lang),
  ]
}

for (const lang of LANGS) {
  test(`the panel on ${lang}/ shows the event's own ${lang} title and summary, and names its parts in ${lang}`, async ({
    page,
    context,
  }) => {
    const words = record.translations[lang]
    const panel = await openPanel(page, lang)
    const title = panel.getByRole('heading', { level: 2 })
    await expect(title).toHaveText(words.title)
    await expect(title).not.toHaveAttribute('lang', /./)
    await expect(panel.getByText(words.summary, { exact: true })).toBeVisible()
    await expect(panel.getByText(words.dateNote!, { exact: true })).toBeVisible()
    await expect(panel.getByText(event.summary, { exact: true })).toHaveCount(0)

    for (const heading of sectionHeadings(lang))
      await expect(panel.getByRole('heading', { name: heading, exact: true })).toBeVisible()
    for (const button of [
      say('detail.close', lang),
      say('detail.cite.copyLink', lang),
      say('detail.cite.copyCitation', lang),
      say('detail.previous', lang),
      say('detail.next', lang),
    ])
      await expect(panel.getByRole('button', { name: button, exact: true })).toBeVisible()
    await expect(panel.getByRole('region', { name: say('detail.cite.region', lang) })).toBeVisible()
    await expect(panel.getByRole('group', { name: say('detail.texts.legend', lang) })).toBeVisible()
    // Nothing of the English panel is left.
    for (const english of ['The message', 'Related events', 'Copy link', 'Copy citation', 'In their words'])
      await expect(panel.getByText(english, { exact: true })).toHaveCount(0)
    await expect(panel.getByText(/^Sources \(/)).toHaveCount(0)
    // The message's own words keep their languages.
    await expect(panel.locator('[data-testid="message-version"] > div[lang="ko"]').first()).toBeVisible()

    // The citation is written in the page's language, with the event's page in it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await panel.getByRole('button', { name: say('detail.cite.copyCitation', lang) }).click()
    await expect(
      panel.getByRole('status').filter({ hasText: say('detail.cite.citationCopied', lang) }),
    ).toBeVisible()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toContain(words.title)
    expect(citation).toContain(`/${lang}/event/${ID}/`)
    expect(citation).toContain(lang === 'ko' ? ' 접속). 출처: ' : '(дата обращения: ')
  })

  test(`the event's own page in ${lang} says its language, links its others, and reads without JavaScript`, async ({
    browser,
  }) => {
    const words = record.translations[lang]
    const { context, page } = await withoutScript(browser)
    await page.goto(`./${lang}/event/${ID}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    for (const [hreflang, path] of [
      ['en', `event/${ID}/`],
      ['ko', `ko/event/${ID}/`],
      ['ru', `ru/event/${ID}/`],
      ['x-default', `event/${ID}/`],
    ])
      await expect(page.locator(`head link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
        'href',
        new RegExp(`(^|/)${path}$`),
      )
    const article = page.getByRole('article', { name: words.title })
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(words.title)
    await expect(article.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang', /./)
    await expect(article.getByText(words.summary, { exact: true })).toBeVisible()
    await expect(article.getByText(words.dateNote!, { exact: true })).toBeVisible()
    for (const heading of sectionHeadings(lang))
      await expect(article.getByRole('heading', { name: heading, exact: true })).toBeVisible()
    await expect(article.getByText(say('detail.facts.date', lang), { exact: true })).toBeVisible()
    const back = page.getByRole('navigation', { name: say('detail.page.breadcrumb', lang) }).getByRole('link')
    await expect(back).toHaveText(say('detail.page.back', lang))
    // Every language's message versions are shown at first; the switch is named in the page's language.
    await expect(article.getByText(say('detail.texts.all', lang), { exact: true })).toBeVisible()
    await expect(article.getByText('The message', { exact: true })).toHaveCount(0)
    await context.close()
  })
}

test('the phrase trend on ko/ and ru/ is named, labelled and counted in the language', async ({ page }) => {
  await page.goto(`./ko/?phrase=${encodeURIComponent('동맹')}`)
  const ko = page.getByRole('region', { name: say('trend.heading', 'ko') })
  await expect(ko.getByLabel(say('trend.phrase', 'ko'), { exact: true })).toHaveValue('동맹')
  await expect(ko.getByRole('button', { name: /^\d{4}년: 사건 \d+건$/ }).first()).toBeVisible()
  await expect(ko.locator('figcaption')).toContainText('연도를 선택하면 그해의 사건을 보여 줍니다.')
  await page.goto(`./ru/?phrase=${encodeURIComponent('zzzq')}`)
  const ru = page.getByRole('region', { name: say('trend.heading', 'ru') })
  await expect(ru.locator('figcaption')).toHaveText(say('trend.none', 'ru', { phrase: 'zzzq' }))
  await expect(ru.getByRole('button', { name: /^\d{4}: 0 событий$/ }).first()).toBeVisible()
})
