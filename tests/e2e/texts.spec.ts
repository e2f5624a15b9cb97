import type { Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'
import { corpus, ofOccasion, silences, withOriginal } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The messages' own words (issue: "The telegram itself"), where the record stops, and the
// silences. Expectations come from data/: which events carry texts, in which languages.

const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' })
const SCRIPT: Record<string, RegExp> = { ko: /\p{Script=Hangul}/u, ru: /\p{Script=Cyrillic}/u }

/** An event with the sender's original and a published English version: the side-by-side case. */
const pair = withOriginal.find(({ event }) => event.texts!.some((t) => t.lang === 'en'))!

const versions = (page: Page) => page.getByRole('complementary').getByTestId('message-version')
/** The panel's versions in one language; the words themselves are in the version's `.message-text`. */
const inLanguage = (page: Page, lang: string) => versions(page).and(page.locator(`[data-lang="${lang}"]`))

test("the panel's message shows the original beside the English, each in its own language, named in words", async ({
  page,
}) => {
  const { event, text } = pair
  await page.goto(`./?event=${event.id}`)
  const panel = page.getByRole('complementary')
  await expect(panel.getByRole('heading', { name: 'The message' })).toBeVisible()
  const original = inLanguage(page, text.lang).first()
  const english = inLanguage(page, 'en').first()
  await expect(original.locator('figcaption')).toContainText(
    `${LANGUAGE.of(text.lang)} original, ${text.publishedBy}`,
  )
  const words = original.locator(`.message-text[lang="${text.lang}"]`)
  await expect(words).toContainText(text.paragraphs[0])
  expect(await words.textContent()).toMatch(SCRIPT[text.lang])
  await expect(english.locator('figcaption')).toContainText(/^English, /)
  // Its source is linked.
  await expect(original.getByRole('link').first()).toHaveAttribute('href', new URL(text.source.url).href)
  // Side by side on a wide screen.
  const a = (await original.boundingBox())!
  const b = (await english.boundingBox())!
  expect(b.x).toBeGreaterThan(a.x + a.width - 1)
  expect(Math.abs(a.y - b.y)).toBeLessThan(4)
  // One language at a time.
  await panel.getByText(LANGUAGE.of(text.lang)!, { exact: true }).click()
  await expect(inLanguage(page, 'en')).toHaveCount(0)
  await expect(original).toBeVisible()
  await panel.getByText('English', { exact: true }).click()
  await expect(inLanguage(page, text.lang)).toHaveCount(0)
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })

  test('the original and the English sit one above the other', async ({ page }) => {
    await page.goto(`./?event=${pair.event.id}`)
    const original = inLanguage(page, pair.text.lang).first()
    const english = inLanguage(page, 'en').first()
    await english.scrollIntoViewIfNeeded()
    const a = (await original.boundingBox())!
    const b = (await english.boundingBox())!
    expect(b.y).toBeGreaterThan(a.y + a.height - 1)
    expect(Math.abs(a.x - b.x)).toBeLessThan(2)
  })
})

test("every message with its sender's own words shows them on its page without JavaScript", async ({
  browser,
}) => {
  // The product's floor: at least 25 messages in the sender's language (the corpus only grows).
  expect(withOriginal.length).toBeGreaterThanOrEqual(25)
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  for (const { event, text } of withOriginal) {
    await page.goto(`./event/${event.id}/`)
    const words = page
      .locator(`main .message-text[lang="${text.lang}"]`)
      .filter({ hasText: text.paragraphs[0] })
    await expect(words.first(), event.id).toBeVisible()
    expect(await words.first().textContent()).toMatch(SCRIPT[text.lang])
    await expect(
      page
        .locator('main')
        .getByRole('link', {
          name: new RegExp(new URL(text.source.url).hostname.replace(/^www\./, '').replace(/\./g, '\\.')),
        })
        .first(),
    ).toBeVisible()
  }
  // The page says which languages it holds.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld.inLanguage).toEqual(expect.arrayContaining(['en', withOriginal.at(-1)!.text.lang]))
  await context.close()
})

/** A word of at least two letters from a version's text, in its script, for a search. */
function wordOf(lang: 'ko' | 'ru'): { id: string; word: string } {
  for (const { event, text } of withOriginal.filter((x) => x.text.lang === lang)) {
    const word = text.paragraphs
      .join(' ')
      .split(/[^\p{L}]+/u)
      .find((w) => w.length >= 4 && SCRIPT[lang].test(w))
    if (word) return { id: event.id, word }
  }
  throw new Error(`no ${lang} text in data/`)
}

for (const lang of ['ko', 'ru'] as const)
  test(`a ${LANGUAGE.of(lang)} word finds its event, marked in the text`, async ({ page }) => {
    const { id, word } = wordOf(lang)
    await page.goto(`./?q=${encodeURIComponent(word)}`)
    const list = page.getByRole('region', { name: /Events in view/ })
    await expect(list.locator(`a[data-event-id="${id}"]`)).toBeVisible()
    await list.locator(`a[data-event-id="${id}"]`).click()
    await expect(page.getByRole('complementary').locator(`[lang="${lang}"] mark`).first()).toBeVisible()
  })

test('the status line says where the record stops', async ({ page }) => {
  await page.goto('./')
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  await expect(page.getByTestId('checked-through')).toHaveText(
    `· Messages checked through ${day.format(Date.parse(corpus.coverage.checkedThrough))}`,
  )
})

test('silences show on the axis as named marks that open the comparison, and switch off', async ({
  page,
}) => {
  expect(silences.length).toBeGreaterThan(0)
  await page.goto('./')
  const marks = page.getByTestId('timeline-svg').locator('[data-silence]')
  await expect(marks).toHaveCount(silences.length)
  const s = silences[0]
  const occasion = corpus.occasions[s.occasionIndex]
  const sender = corpus.people.find((p) => p.capital === (s.lane === 'to-moscow' ? 'Pyongyang' : 'Moscow'))!
  const mark = page.locator(`[data-silence="${s.key}"]`)
  await expect(mark).toHaveAttribute(
    'aria-label',
    `No message from ${sender.shortName} found for ${occasion.label} ${s.year}. Compare the years`,
  )
  await page.getByLabel('None found that year').uncheck()
  await expect(marks).toHaveCount(0)
  await expect(page).toHaveURL(/\?silences=off$/)
  await page.getByLabel('None found that year').check()
  await expect(marks).toHaveCount(silences.length)
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: `${occasion.label}, year by year` })).toBeVisible()
  await expect(
    page.getByRole('region', { name: String(s.year), exact: true }).locator(`[data-lane="${s.lane}"]`),
  ).toContainText(`No message found for ${s.year}`)
})

test('the table and the CSV list silences as absences', async ({ page }) => {
  const occasion = silences[0].occasion
  const own = silences.filter((s) => s.occasion === occasion)
  await page.goto(`./?occasion=${occasion}&view=table`)
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(
    ofOccasion(occasion).length + own.length + 1,
  )
  await expect(page.locator(`[data-absence="${own[0].key}"]`)).toContainText('None found')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ])
  const text = (await import('node:fs')).readFileSync(await file.path(), 'utf8')
  const rows = text.split('\r\n').slice(1)
  expect(rows.filter((r) => r.startsWith('absence,'))).toHaveLength(own.length)
  expect(rows.filter((r) => r.startsWith('event,'))).toHaveLength(ofOccasion(occasion).length)
  await page.getByLabel('Show years where a recurring message was not found').uncheck()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(ofOccasion(occasion).length + 1)
})

test("Compare years compares the messages' own words in Korean, word by word", async ({ page }) => {
  // The recurring occasion with the most Korean originals.
  const byOccasion = new Map<string, number>()
  for (const { event, text } of withOriginal)
    if (text.lang === 'ko') byOccasion.set(event.occasion, (byOccasion.get(event.occasion) ?? 0) + 1)
  const [occasion] = [...byOccasion]
    .filter(([o]) => corpus.occasions.find((x) => x.id === o)?.recurring)
    .sort((a, b) => b[1] - a[1])[0]
  await page.goto(`./?occasion=${occasion}&view=compare`)
  await page.getByLabel('Compare', { exact: true }).selectOption('ko')
  await expect(page.getByTestId('compared-text')).toContainText('each message in Korean')
  const changes = page.locator('[data-testid="changes"][lang="ko"]')
  await expect(changes.first()).toBeVisible()
  const added = await changes.locator('ins').allTextContents()
  expect(added.length).toBeGreaterThan(0)
  // Whole words, not single letters: diff's own word pattern would cut Hangul syllable by syllable.
  expect(added.some((w) => w.trim().length > 1)).toBe(true)
})

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no violation on a panel with texts in two languages (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`./?event=${pair.event.id}`)
    await expect(versions(page).first()).toBeVisible()
    const result = await new AxeBuilder({ page }).analyze()
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
