import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { corpus, events } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The whole interface in Korean and in Russian: every control's accessible name and every
// heading on the home page, the panel, the table, Compare years, the phrase trend and the
// shortcut list is in the page's language, proper names, numbers and the sources' own words
// aside; axe finds nothing in either language.

/**
 * What may stay in Latin letters: the sources' own words (publishers, titles, quotes, the
 * published texts, their addresses), our English fallbacks where no translation is written
 * (marked lang="en", so a screen reader says them right), language and format names.
 */
const FOREIGN = [
  ...events.flatMap((e) => [
    ...e.sources.flatMap((s) => [s.publisher, s.title ?? '', s.url ?? '']),
    ...e.quotes.flatMap((q) => [q.text, q.source ?? '']),
    ...(e.texts ?? []).flatMap((t) => [
      ...t.paragraphs,
      t.publishedBy,
      t.source.publisher,
      t.source.title ?? '',
    ]),
    ...(e.body ?? []),
    ...(e.bodySource ? [e.bodySource.publisher ?? '', e.bodySource.title ?? ''] : []),
  ]),
  ...corpus.eras.flatMap((e) => e.sources.flatMap((s) => [s.publisher, s.title ?? ''])),
]
  .filter((s): s is string => typeof s === 'string' && s.length > 2)
  .sort((a, b) => b.length - a.length)
/** The phrase the trend view is opened with: the reader's own word, quoted back. */
const PHRASE = 'friendship'
const LATIN_OK = new RegExp(
  [
    // Language, format and file names, and keys as printed on keyboards.
    String.raw`\b(?:English|CSV|JSON|TimelineJS|PNG|SVG|Atom|CFF|URL|Esc|Enter|Shift|Tab|Home|End|KCNA|TASS)\b`,
    String.raw`\bCITATION\.cff\b`,
    // Addresses and host names, as a link to a source shows them.
    String.raw`https?:\/\/\S+`,
    String.raw`\b[\w-]+(?:\.[\w-]+)+\b`,
    PHRASE,
  ].join('|'),
  'g',
)

/** The Latin words left in `name` once the sources' words and the allowed names are taken out. */
function englishIn(name: string): string[] {
  let rest = name
  for (const f of FOREIGN) if (rest.includes(f)) rest = rest.split(f).join(' ')
  rest = rest.replace(LATIN_OK, ' ')
  return rest.match(/[A-Za-z]{3,}/g) ?? []
}

/** Every accessible name and heading the page exposes, from its ARIA snapshot (lang="en" parts aside). */
async function names(page: Page): Promise<string[]> {
  // Words marked as English are our fallback where no translation exists: allowed, and named so.
  const fallbacks = await page
    .locator('[lang="en"]')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()).filter(Boolean))
  const yaml = await page.locator('body').ariaSnapshot()
  const out: string[] = []
  for (const line of yaml.split('\n')) {
    const m = /^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line)
    if (!m || !m[2]) continue
    if (
      [
        'text',
        'paragraph',
        'listitem',
        'cell',
        'blockquote',
        'generic',
        'code',
        'insertion',
        'deletion',
      ].includes(m[1])
    )
      continue
    let name = m[2].replace(/\\"/g, '"')
    for (const f of fallbacks) if (name.includes(f)) name = name.split(f).join(' ')
    out.push(`${m[1]} "${name}"`)
  }
  return out
}

async function left(page: Page): Promise<string[]> {
  // The role, then the name in quotes: only the name is the interface's words.
  return (await names(page)).filter((n) => englishIn(n.slice(n.indexOf('"'))).length > 0)
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

const withText = events.find((e) => e.texts?.length && e.sources.length > 1) ?? events[0]
const compareOccasion = [...corpus.occasions].sort(
  (a, b) =>
    events.filter((e) => e.occasion === b.id).length - events.filter((e) => e.occasion === a.id).length,
)[0].id

for (const lang of ['ko', 'ru'] as const) {
  test.describe(`the ${lang === 'ko' ? 'Korean' : 'Russian'} interface`, () => {
    test('home page, panel, table, Compare years, phrase trend and shortcut list: no English left, no axe violation', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      const views: [string, string, (p: Page) => Promise<void>][] = [
        ['home', `./${lang}/`, (p) => expect(p.locator('.canvas-drawn')).toBeAttached()],
        [
          'panel',
          `./${lang}/event/${withText.id}/`,
          (p) => expect(p.getByRole('complementary').locator('article, h2').first()).toBeVisible(),
        ],
        ['table', `./${lang}/?view=table`, (p) => expect(p.getByRole('table')).toBeVisible()],
        [
          'compare',
          `./${lang}/?view=compare&occasion=${compareOccasion}`,
          (p) => expect(p.locator('main h2, main h3').first()).toBeVisible(),
        ],
        [
          'trend',
          `./${lang}/?phrase=${PHRASE}`,
          (p) => expect(p.locator('figcaption').first()).toBeVisible(),
        ],
      ]
      const found: string[] = []
      for (const [view, url, ready] of views) {
        await page.goto(url)
        await ready(page)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        for (const n of await left(page)) found.push(`${view}: ${n}`)
        for (const v of await axe(page)) found.push(`${view}: axe ${v}`)
      }
      await page.goto(`./${lang}/`)
      await expect(page.locator('.canvas-drawn')).toBeAttached()
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog')).toBeVisible()
      for (const n of await left(page)) found.push(`shortcuts: ${n}`)
      expect(found).toEqual([])
    })
  })
}

test('the sweep itself finds English: the English page is full of it', async ({ page }) => {
  await page.goto('./')
  await expect(page.locator('.canvas-drawn')).toBeAttached()
  expect((await left(page)).length).toBeGreaterThan(10)
})
