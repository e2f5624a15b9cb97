import { readFileSync } from 'node:fs'
import { setupI18n } from '@lingui/core'
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage'
import { SHORTCUTS } from '../../src/shortcuts/shortcuts.ts'
import { corpus, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The page's own controls (search, views, theme, shortcuts, status line, filter sheet, notices)
// speak the page's language on the Korean and Russian pages. What they must say is read from
// the catalogue itself, so a changed translation changes the test with it.

type Lang = 'en' | 'ko' | 'ru'
const catalogue = JSON.parse(readFileSync('src/i18n/messages/app.json', 'utf8')) as Record<
  string,
  Record<Lang, string>
>

/** The catalogue's messages in `lang`, formatted as the page formats them (plurals, numbers). */
function speaker(lang: Lang) {
  const messages: Record<string, CompiledMessage> = {}
  for (const [id, entry] of Object.entries(catalogue)) messages[id] = compileMessageOrThrow(entry[lang])
  const i18n = setupI18n({ locale: lang, messages: { [lang]: messages } })
  return (id: string, values?: Record<string, string | number>) => {
    if (!(id in catalogue)) throw new Error(`app.json has no message ${id}`)
    return i18n._(id, values)
  }
}

/** As src/i18n/format.ts writes a date in each language. */
const longDate = (lang: Lang, time: number) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time)

for (const lang of ['ko', 'ru'] as const) {
  const say = speaker(lang)

  test.describe(`the ${lang} page`, () => {
    test('names the toolbar, the views, the theme and the status line in its language', async ({ page }) => {
      await page.goto(`./${lang}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      const search = page.getByRole('searchbox', { name: say('app.search.label'), exact: true })
      await expect(search).toHaveAttribute('placeholder', say('app.search.placeholder'))
      const views = page.getByRole('group', { name: say('app.toolbar.view'), exact: true })
      for (const id of ['app.view.timeline', 'app.view.table', 'app.view.compare'])
        await expect(views.getByRole('button', { name: say(id), exact: true })).toBeVisible()
      await expect(views.getByRole('button', { name: say('app.view.timeline') })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      await expect(
        page.getByRole('button', { name: say('app.toolbar.phraseTrend'), exact: true }),
      ).toBeVisible()
      const help = page.getByRole('button', { name: say('app.shortcuts.title'), exact: true })
      await expect(help).toHaveAttribute('title', say('app.toolbar.shortcutsTip'))
      const theme = page.getByLabel(say('app.theme.label'), { exact: true })
      await expect(theme.locator('option')).toHaveText([
        say('app.theme.system'),
        say('app.theme.light'),
        say('app.theme.dark'),
      ])
      await expect(page.getByTestId('checked-through')).toHaveText(
        say('app.status.checkedThrough', {
          date: longDate(lang, Date.parse(corpus.coverage.checkedThrough)),
        }),
      )
      // None of the toolbar's English words is left in it.
      const toolbar = search.locator('xpath=..')
      for (const english of [
        'Search',
        'Timeline',
        'Table',
        'Compare years',
        'Phrase trend',
        'Theme',
        'System',
      ])
        await expect(toolbar).not.toContainText(english)
    })

    test('lists the keyboard shortcuts in its language', async ({ page }) => {
      await page.goto(`./${lang}/`)
      await expect(page.getByRole('searchbox', { name: say('app.search.label') })).toBeVisible()
      await page.keyboard.press('?')
      const dialog = page.getByRole('dialog', { name: say('app.shortcuts.title'), exact: true })
      await expect(dialog).toBeVisible()
      await expect(dialog.locator('td')).toHaveText(SHORTCUTS.map((s) => say(s.does)))
      await dialog.getByRole('button', { name: say('app.shortcuts.close'), exact: true }).click()
      await expect(dialog).toHaveCount(0)
    })

    test('says what the link got wrong, and what the search found, in its language', async ({ page }) => {
      await page.goto(`./${lang}/?view=map&q=zzqxjv`)
      const quote = (text: string) => say('app.notice.quote', { text })
      await expect(page.getByRole('status').filter({ hasText: quote('view=map') })).toContainText(
        say('app.notice.badView', { param: quote('view=map'), views: 'timeline, table, compare' }),
      )
      await expect(
        page.getByRole('alert').filter({ hasText: say('app.search.none', { q: 'zzqxjv' }) }),
      ).toBeVisible()
      await page.getByRole('button', { name: say('app.search.clear'), exact: true }).click()
      await expect(page.getByRole('searchbox', { name: say('app.search.label') })).toHaveValue('')
      await page.getByRole('button', { name: say('app.notice.dismiss'), exact: true }).click()
      await expect(page.getByRole('status').filter({ hasText: quote('view=map') })).toHaveCount(0)
    })

    test('on a phone, the filter sheet speaks its language', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 })
      await page.goto(`./${lang}/?lane=to-moscow`)
      const open = page.getByRole('button', { name: new RegExp(`^${say('app.filters.title')}`) })
      await expect(open).toHaveText(`${say('app.filters.title')}${say('app.filters.set', { count: '1' })}`)
      await open.click()
      const sheet = page.getByRole('dialog', { name: say('app.filters.title'), exact: true })
      await expect(sheet).toBeVisible()
      // "Show N of M events" in the language's words and order, whatever N the filter leaves.
      const [before, after] = say('app.filters.show', { shown: '\u0000', total })
        .split('\u0000')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      await expect(sheet.getByRole('button', { name: new RegExp(`^${before}\\d+${after}$`) })).toBeVisible()
      await sheet.getByRole('button', { name: say('app.filters.done'), exact: true }).click()
      await expect(sheet).toHaveCount(0)
    })
  })
}

test('?lang=ko on the English page lands on the Korean page', async ({ page }) => {
  const say = speaker('ko')
  await page.goto('./?lang=ko&view=table')
  await expect(page).toHaveURL(/\/ko\/\?view=table$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  const views = page.getByRole('group', { name: say('app.toolbar.view'), exact: true })
  await expect(views.getByRole('button', { name: say('app.view.table'), exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})
