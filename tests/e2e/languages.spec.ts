import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures.ts'
import { events } from './corpus.ts'

// Choosing a language: lang= in the address, else the reader's earlier choice, else the
// browser's preferred language, else English; the header's switch keeps the rest of the
// address; <html lang> follows; each language has its pages with hreflang alternates.

const site = JSON.parse(readFileSync('src/i18n/messages/site.json', 'utf8')) as Record<
  string,
  Record<'en' | 'ko' | 'ru', string>
>
const event = events.find((e) => e.id === '2024-10-07-putin-birthday') ?? events[0]

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('opening the site lands on the Korean pages, the home and an event page alike', async ({ page }) => {
    await page.goto('./')
    await expect(page).toHaveURL(/\/ko\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site['site.name'].ko)
    await page.goto(`./event/${event.id}/`)
    await expect(page).toHaveURL(new RegExp(`/ko/event/${event.id}/$`))
  })

  test('a reader who chose English in the switch stays in English after that', async ({ page }) => {
    await page.goto('./ko/')
    await page
      .getByRole('navigation', { name: site['site.languages'].ko })
      .getByRole('link', { name: 'English' })
      .click()
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site['site.name'].en)
    await expect(page).not.toHaveURL(/\/ko\//)
  })
})

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' })

  test('stays on the English pages', async ({ page }) => {
    await page.goto('./')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site['site.name'].en)
  })

  test('lang= in the address wins, and the rest of the address is kept', async ({ page }) => {
    await page.goto(`./?lang=ru&occasion=${event.occasion}`)
    await expect(page).toHaveURL(new RegExp(`/ru/\\?occasion=${event.occasion}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site['site.name'].ru)
  })

  test('the switch in the header keeps the view: the filters, the open event', async ({ page }) => {
    await page.goto(`./event/${event.id}/`)
    await expect(page.getByRole('complementary')).toBeVisible()
    await page
      .getByRole('navigation', { name: site['site.languages'].en })
      .getByRole('link', { name: '한국어' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/ko/event/${event.id}/$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('complementary')).toBeVisible()
    const current = page
      .getByRole('navigation', { name: site['site.languages'].ko })
      .locator('[aria-current="page"]')
    await expect(current).toHaveAccessibleName('한국어')
  })

  test('a page loads only its own language’s messages', async ({ page }) => {
    const asked: string[] = []
    page.on('request', (r) => asked.push(new URL(r.url()).pathname))
    await page.goto('./ru/')
    await expect(page.locator('.canvas-drawn')).toBeAttached()
    const catalogues = asked.filter((p) => /\/assets\/messages-(en|ko|ru)-[\w-]+\.json$/.test(p))
    expect(catalogues).toHaveLength(1)
    expect(catalogues[0]).toMatch(/\/assets\/messages-ru-/)
    expect(asked.some((p) => p.endsWith('/corpus/ru/index.json'))).toBe(true)
    expect(asked.some((p) => p.endsWith('/corpus/index.json'))).toBe(false)
  })
})

test('every page names its other languages, and each of those pages exists', async ({ page, request }) => {
  for (const path of ['./', `./ko/event/${event.id}/`]) {
    await page.goto(path)
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]))
    expect(alternates.map((a) => a[0])).toEqual(['en', 'ko', 'ru', 'x-default'])
    for (const [, href] of alternates) expect((await request.get(href!)).status()).toBe(200)
  }
})

test('sitemap.xml lists every page in every language', async ({ request }) => {
  const xml = await (await request.get('./sitemap.xml')).text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs).toHaveLength(3 * (events.length + 1))
  for (const prefix of ['', 'ko/', 'ru/']) expect(locs).toContain(`${prefix}event/${event.id}/`)
  expect(locs).toEqual(expect.arrayContaining(['./', 'ko/', 'ru/']))
})
