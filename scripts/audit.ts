// `npm run audit`: builds the app, serves it with `vite preview`, and checks it as a browser
// would: Lighthouse (default config, the mobile preset; system Chromium; median of 3 runs) on
// the home page and an event's own page, for performance (at least 95, with its total
// blocking time printed), accessibility, best practices and SEO (100 each), and axe-core on
// five views. Exits 1 on a miss.
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROME_ARGS, chromePathOrExit } from './lib/chromium.ts'

const CHROME_PATH = chromePathOrExit()

const PORT = 4179
const URL = `http://127.0.0.1:${PORT}/`
// An event's own page: the corpus's latest event, whatever it is today.
const EVENT_ID = readdirSync('data/events')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .at(-1)!
  .replace(/\.json$/, '')
const PAGES = {
  home: URL,
  'event page': `${URL}event/${EVENT_ID}/`,
  // The same pages in the other languages: their words, fonts and catalogues are their own.
  'home (ko)': `${URL}ko/`,
  'event page (ru)': `${URL}ru/event/${EVENT_ID}/`,
} as const
type PageName = keyof typeof PAGES
const FLAGS = ['--headless=new', ...CHROME_ARGS]
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const
type Category = keyof typeof TARGETS

async function waitForServer(url: string, ms = 20_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${url}`)
}

type Run = Record<Category, number> & { tbtMs: number }

async function lighthouseRun(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    const categories = result?.lhr.categories ?? {}
    // Say what cost points, so a miss can be acted on.
    for (const [id, c] of Object.entries(categories))
      for (const ref of c.auditRefs) {
        const a = result?.lhr.audits[ref.id]
        if (ref.weight > 0 && a && a.score !== null && a.score < 1)
          console.log(`  ${id}: ${a.id} ${Math.round(a.score * 100)} ${a.displayValue ?? ''}`)
      }
    const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100)
    return {
      tbtMs: Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? NaN),
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    }
  } finally {
    await chrome.kill()
  }
}

async function axeViews() {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: FLAGS.filter((f) => !f.startsWith('--headless')),
  })
  const views: [string, string, { width: number; height: number }][] = [
    ['timeline', './', { width: 1440, height: 900 }],
    ['open panel', './?event=2024-10-07-putin-birthday', { width: 1440, height: 900 }],
    ['filtered view', './?occasion=victory-day,new-year', { width: 1440, height: 900 }],
    ['375 px', './?event=2023-05-09-victory-day', { width: 375, height: 740 }],
    ['event page', `./event/${EVENT_ID}/`, { width: 1440, height: 900 }],
    ['timeline (ko)', './ko/', { width: 1440, height: 900 }],
    ['open panel (ru)', './ru/?event=2024-10-07-putin-birthday', { width: 1440, height: 900 }],
    ['375 px (ko)', './ko/?event=2023-05-09-victory-day', { width: 375, height: 740 }],
  ]
  const out: Record<string, string[]> = {}
  for (const [name, path, viewport] of views) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    await page.goto(new globalThis.URL(path, URL).href)
    // The app has woken up and drawn its axis, in any language.
    await page.waitForFunction(() => performance.getEntriesByName('timeline-painted').length > 0)
    await page.waitForTimeout(300)
    const { violations } = await new AxeBuilder({ page }).analyze()
    out[name] = violations.map((v) => `${v.id}: ${v.help}`)
    await context.close()
  }
  await browser.close()
  return out
}

async function main() {
  // Built for the address it is served from, as a deployment is (absolute canonical links).
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: URL },
  })
  if (build.status !== 0) process.exit(1)
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  )
  try {
    await waitForServer(URL)
    const runs = {} as Record<PageName, Run[]>
    const scores = {} as Record<PageName, Record<Category, number>>
    const tbt = {} as Record<PageName, number>
    for (const [name, url] of Object.entries(PAGES) as [PageName, string][]) {
      runs[name] = []
      for (let i = 0; i < 3; i++) {
        runs[name].push(await lighthouseRun(url))
        console.log(`Lighthouse on the ${name}, run ${i + 1}: ${JSON.stringify(runs[name][i])}`)
      }
      const median = (c: Category) => runs[name].map((r) => r[c]).sort((a, b) => a - b)[1]
      scores[name] = Object.fromEntries(
        (Object.keys(TARGETS) as Category[]).map((c) => [c, median(c)]),
      ) as Record<Category, number>
      tbt[name] = runs[name].map((r) => r.tbtMs).sort((a, b) => a - b)[1]
    }
    const axe = await axeViews()
    const misses = [
      ...(Object.keys(PAGES) as PageName[]).flatMap((name) =>
        (Object.keys(TARGETS) as Category[])
          .filter((c) => scores[name][c] < TARGETS[c])
          .map((c) => `Lighthouse ${c} on the ${name} ${scores[name][c]} < ${TARGETS[c]}`),
      ),
      ...Object.entries(axe).flatMap(([view, v]) => v.map((x) => `axe on ${view}: ${x}`)),
    ]
    for (const name of Object.keys(PAGES) as PageName[]) {
      console.log(`\nLighthouse on the ${name} (${PAGES[name]}), median of 3:`)
      for (const c of Object.keys(TARGETS) as Category[])
        console.log(`  ${c.padEnd(15)} ${String(scores[name][c]).padStart(3)}  (target ${TARGETS[c]})`)
      console.log(`  total blocking time ${tbt[name]} ms (the simulated slow phone's)`)
    }
    console.log('axe-core violations:')
    for (const [view, v] of Object.entries(axe)) console.log(`  ${view.padEnd(15)} ${v.length}`)
    writeFileSync(
      'bench/audit.json',
      `${JSON.stringify({ date: new Date().toISOString(), lighthouse: { runs, median: scores, medianTbtMs: tbt }, axe }, null, 2)}\n`,
    )
    if (misses.length > 0) {
      console.error(`\nMissed:\n${misses.map((m) => `  ${m}`).join('\n')}`)
      process.exitCode = 1
    } else console.log('\nAll audit targets met. Wrote bench/audit.json.')
  } finally {
    if (server.pid) process.kill(-server.pid)
  }
}

void main()
