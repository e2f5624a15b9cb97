import { random } from '../../scripts/lib/random.ts'
import { total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const STATUS = new RegExp(`^Showing \\d+ of ${total} events?$`)

const VALUES = [
  'victory-day',
  'putin-birthday,victory-day',
  'no-such-occasion',
  '2024-10-07-putin-birthday',
  '2024-13-45-bad-date',
  '9999-99-99',
  '-1',
  '1e309',
  'a'.repeat(5000),
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%F0%9F%92%A9',
  '日本語',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  ',,,,',
  '+',
  '',
  'constructor',
  '__proto__',
  'event=occasion=',
  'to-moscow,sideways',
  'joint',
  'letter,tweet',
  'telegram',
  '2024',
  '2024-02-29',
  '2023-02-29',
  '20245',
  'table',
  'compare',
  'map',
  'alliance',
  '🙂 blood',
]
const KEYS = [
  'occasion',
  'event',
  'lane',
  'kind',
  'from',
  'to',
  'view',
  'q',
  'phrase',
  'x',
  '',
  '%',
  '__proto__',
  'Occasion',
  'event[]',
]
const HASHES = [
  '',
  '',
  '#',
  '#%',
  '#event=2024-10-07-putin-birthday',
  '#<img src=x onerror=alert(1)>',
  `#${'z'.repeat(3000)}`,
]

function garbledUrl(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
    const r = next()
    if (r < 0.1) return pick(VALUES)
    if (r < 0.2) return `${pick(KEYS)}`
    return `${pick(KEYS)}=${pick(VALUES)}`
  })
  return `./?${parts.join(next() < 0.8 ? '&' : '&&')}${pick(HASHES)}`
}

// What the page writes back: the known keys, in their fixed order, each at most once.
const CANONICAL =
  /^(\?(q=[^&]+&?)?(occasion=[a-z,-]*&?)?(lane=[a-z,-]*&?)?(kind=[a-z,-]*&?)?(from=[\d-]+&?)?(to=[\d-]+&?)?(view=(table|compare)&?)?(phrase=[^&]+&?)?(event=[\w-]+)?)?$/

test('12 garbled links loaded fresh: the page renders and cleans the address', async ({ page }) => {
  const next = random(1)
  for (let i = 0; i < 12; i++) {
    const url = garbledUrl(next)
    await page.goto(url)
    // The app has taken the page over (the prerendered page has a status line of its own).
    await expect.poll(() => page.evaluate(() => location.search), { message: url }).toMatch(CANONICAL)
    await expect(page.getByRole('status').filter({ hasText: STATUS }), url).toBeVisible()
  }
})

test('60 more garbled links through back / forward: the page keeps rendering', async ({ page }) => {
  const next = random(2)
  const urls = Array.from({ length: 60 }, () => garbledUrl(next))
  await page.goto('./')
  await expect(page.getByRole('status').filter({ hasText: STATUS })).toBeVisible()
  const broken = await page.evaluate(
    async ({ list, pattern }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      const bad: string[] = []
      for (const url of list) {
        history.pushState(null, '', url)
        dispatchEvent(new PopStateEvent('popstate'))
        await frame()
        const status = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '')
        if (!status.some((t) => new RegExp(pattern).test(t))) bad.push(url)
      }
      return bad
    },
    { list: urls, pattern: STATUS.source },
  )
  expect(broken).toEqual([])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pyongyang–Moscow Timeline')
})

test('a link with only unknown parts says what it ignored', async ({ page }) => {
  await page.goto('./?occasion=%E0%A4%A&colour=red&event=2024-13-45-bad-date')
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' })
  await expect(notice).toContainText('not valid URL encoding')
  await expect(notice).toContainText('Ignored "colour"')
  await expect(notice).toContainText('"2024-13-45-bad-date"')
})
