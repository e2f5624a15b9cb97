// Long by design: the benchmark's one script, step by step (corpora, builds, both timelines,
// every measure); each step is a call into measure.ts, cold.ts or stream.ts.
// `npm run bench`: builds the app on synthetic corpora of 1,000, 10,000 and 100,000 events,
// renders the same corpora with vis-timeline, measures both in headless Chromium (five runs
// each) and writes bench/results.json and the table in README.md. Options: --runs N,
// --sizes 1000,10000 (for a quick look).
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import { format, resolveConfig } from 'prettier'
import type { Occasion } from '../../src/data/schema.ts'
import { CHROME_ARGS, chromePathOrExit } from '../lib/chromium.ts'

const CHROME_PATH = chromePathOrExit()
import { laneOf } from '../../src/data/indexFormat.ts'
import { makeEvents } from './makeCorpus.ts'
import {
  measureFilter,
  measurePan,
  measureSearch,
  measureSort,
  measureZoom,
  percentile,
  RECORDER,
  type RunResult,
} from './measure.ts'
import { measureCold, writeStaticFloor } from './cold.ts'
import { writeBareFloor } from './bare.ts'
import { measureWake } from './wake.ts'
import { readCorpus } from '../lib/corpus.ts'
import { renderTable, summarise, summariseCold, type Results } from './report.ts'
import { serve } from './serve.ts'
import { stream } from './stream.ts'

const OUT = 'bench/out'
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
  },
})
const RUNS = Number(values.runs)
const SIZES = values.sizes.split(',').map(Number)
const VIS_SIZES = SIZES.filter((n) => n <= 10_000)

function sh(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * Builds the app on an N-event corpus (without a page per event: what is measured is the app),
 * and the static floor beside it; returns first-load byte counts.
 */
function prepareOurs(n: number) {
  const corpus = join(OUT, `corpus-${n}`)
  const dist = join(OUT, `dist-${n}`)
  sh('npx', ['tsx', 'scripts/bench/makeCorpus.ts', String(n), corpus])
  sh('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    CORPUS_DIR: corpus,
    EVENT_PAGES: '0',
    DATASET: '0',
  })
  writeStaticFloor(dist, join(OUT, `floor-${n}`))
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(js|css))"/g)]
  const js = assets.filter((a) => a[2] === 'js').reduce((s, a) => s + gz(join(dist, a[1])), 0)
  // The stylesheet is inlined into index.html (scripts/inlineCssPlugin.ts).
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (s, m) => s + gzipSync(m[1], { level: 9 }).length,
    0,
  )
  const index = gz(join(dist, 'corpus/index.json'))
  const search = gz(join(dist, 'corpus/search.json'))
  return {
    js,
    css,
    index,
    indexPerEvent: index / n,
    searchPerEvent: search / n,
    html: gz(join(dist, 'index.html')),
  }
}

/**
 * Waking up, against the floor: the app built on `data` (or on the N-event corpus), and the bare
 * React page hydrating a list of as many links, both served from OUT.
 */
function prepareWake(label: string) {
  const data = label === 'corpus' ? 'data' : join(OUT, `corpus-${label}`)
  const dist = label === 'corpus' ? join(OUT, 'dist-corpus') : join(OUT, `dist-${label}`)
  if (label === 'corpus')
    sh('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
      EVENT_PAGES: '0',
      DATASET: '0',
    })
  const links = readCorpus(data).events.map((e) => ({ id: e.id, title: e.title }))
  writeBareFloor(links, join(OUT, `bare-${label}`), join(OUT, 'bare-build'))
  return { app: `dist-${label}`, bare: `bare-${label}` }
}

/** How long `vite build` takes on the N-event corpus with a page per event (then removed). */
function timeBuildWithPages(n: number) {
  const dist = join(OUT, `dist-${n}-pages`)
  const started = Date.now()
  sh('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    CORPUS_DIR: join(OUT, `corpus-${n}`),
    EVENT_PAGES: '1',
  })
  const seconds = (Date.now() - started) / 1000
  // Every language's event pages: the English at event/, the others below ko/ and ru/.
  const pages = ['', 'ko', 'ru']
    .map((lang) => join(dist, lang, 'event'))
    .filter((dir) => existsSync(dir))
    .reduce((sum, dir) => sum + readdirSync(dir).length, 0)
  rmSync(dist, { recursive: true, force: true })
  return { events: n, pages, seconds }
}

/** The vis-timeline page and its items (id, start, lane, occasion, title) for N events. */
function prepareVis(n: number, occasions: Occasion[]) {
  const dir = join(OUT, 'vis')
  mkdirSync(dir, { recursive: true })
  const umd = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'
  const css = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'
  copyFileSync(umd, join(dir, 'vis-timeline-graph2d.min.js'))
  copyFileSync(css, join(dir, 'vis-timeline-graph2d.min.css'))
  copyFileSync('bench/vis.html', join(dir, 'index.html'))
  copyFileSync('bench/vis-page.js', join(dir, 'vis-page.js'))
  const capital = (p: string) => (p === 'kim-jong-un' ? 'Pyongyang' : 'Moscow')
  const rows = makeEvents(n, occasions).map((e) => [
    e.id,
    e.date,
    laneOf(e.from, capital),
    e.occasion,
    e.title,
  ])
  const file = join(dir, `items-${n}.json`)
  writeFileSync(file, JSON.stringify(rows))
  return {
    js: gz(umd),
    css: gz(css),
    index: gz(file),
    indexPerEvent: gz(file) / n,
    searchPerEvent: NaN,
    html: gz('bench/vis.html'),
  }
}

type Target = { url: string; timeline: string; filter: string; ours: boolean }

async function measureOnce(browser: Browser, t: Target): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(RECORDER)
  const cdp = await context.newCDPSession(page)
  await page.goto(t.url)
  await page.waitForFunction(() => performance.getEntriesByName('timeline-painted').length > 0, null, {
    timeout: 120_000,
  })
  const firstRenderMs = await page.evaluate(
    () => performance.getEntriesByName('timeline-painted')[0].startTime,
  )
  await page.waitForTimeout(300)
  await cdp.send('Performance.enable')
  // A continuous stream first (a trackpad, a spun wheel): in then out; then, zoomed in, a drag.
  const wheel = await stream(page, t.timeline, cdp, 'wheel')
  await page.waitForTimeout(300)
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -120)
  await page.waitForTimeout(500)
  const drag = await stream(page, t.timeline, cdp, 'drag')
  await page.waitForTimeout(300)
  const zoom = await measureZoom(page, t.timeline, cdp)
  const pan = await measurePan(page, t.timeline, cdp)
  const filterToPaintMs = await measureFilter(page, t.filter)
  const searchToPaintMs = t.ours ? await measureSearch(page, 'friendship') : NaN
  const sortToPaintMs = t.ours ? await measureSort(page) : NaN
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  await context.close()
  return {
    firstRenderMs,
    zoomP50: percentile(zoom.deltas, 50),
    zoomP95: percentile(zoom.deltas, 95),
    zoomSettleMs: zoom.settleMs,
    zoomWorkPerStepMs: zoom.workPerStep,
    panP50: percentile(pan.deltas, 50),
    panP95: percentile(pan.deltas, 95),
    panSettleMs: pan.settleMs,
    panWorkPerStepMs: pan.workPerStep,
    filterToPaintMs,
    searchToPaintMs,
    sortToPaintMs,
    heapMb: heap.usedSize / 1024 / 1024,
    domNodes,
    wheelStreamWorkMs: wheel.perStep.task,
    wheelStreamP95: percentile(wheel.deltas, 95),
    dragStreamWorkMs: drag.perStep.task,
    dragStreamP95: percentile(drag.deltas, 95),
    wheelEdgeMs: wheel.edgeMs,
    dragEdgeMs: drag.edgeMs,
  }
}

async function main() {
  const started = Date.now()
  mkdirSync(OUT, { recursive: true })
  const occasions = JSON.parse(readFileSync('data/occasions.json', 'utf8')) as Occasion[]
  const bytes: Results['bytes'] = { ours: {}, vis: {} }
  for (const n of SIZES) bytes.ours[n] = prepareOurs(n)
  for (const n of VIS_SIZES) bytes.vis[n] = prepareVis(n, occasions)
  const pagesAt = SIZES.includes(10_000) ? 10_000 : SIZES[0]
  const buildWithPages = timeBuildWithPages(pagesAt)
  console.log(`build with ${buildWithPages.pages} event pages: ${buildWithPages.seconds.toFixed(1)} s`)

  const wakeLabels = ['corpus', ...SIZES.filter((n) => n === 10_000).map(String)]
  const wakeDirs = Object.fromEntries(wakeLabels.map((l) => [l, prepareWake(l)]))

  const server = await serve(OUT)
  const base = `http://127.0.0.1:${server.port}`
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS })
  const runs: Results['runs'] = { ours: {}, vis: {}, visCluster: {} }
  const plan: [keyof Results['runs'], number, Target][] = [
    ...SIZES.map((n): [keyof Results['runs'], number, Target] => [
      'ours',
      n,
      {
        url: `${base}/dist-${n}/`,
        timeline: '[data-testid="timeline-box"]',
        filter: 'button[aria-label^="New Year,"]',
        ours: true,
      },
    ]),
    ...VIS_SIZES.flatMap((n): [keyof Results['runs'], number, Target][] => [
      ['vis', n, { url: `${base}/vis/?n=${n}`, timeline: '.vis-timeline', filter: '#filter', ours: false }],
      [
        'visCluster',
        n,
        { url: `${base}/vis/?n=${n}&cluster`, timeline: '.vis-timeline', filter: '#filter', ours: false },
      ],
    ]),
  ]
  // First visits: a new browser profile each time, the app, then the static floor beside it.
  const cold: Results['cold'] = {}
  for (const n of SIZES) {
    cold[n] = { app: [], floor: [] }
    for (let r = 0; r < RUNS; r++) {
      const app = await measureCold(`${base}/dist-${n}/`, CHROME_PATH, CHROME_ARGS, true)
      const floor = await measureCold(`${base}/floor-${n}/`, CHROME_PATH, CHROME_ARGS, false)
      cold[n].app.push(app)
      cold[n].floor.push(floor)
      console.log(
        `cold ${n} run ${r + 1}: first paint ${app.fcpMs.toFixed(0)} ms (static floor ${floor.fcpMs.toFixed(0)} ms), app ready ${app.readyMs.toFixed(0)} ms`,
      )
    }
  }

  // Waking up on a slow phone (4× slower CPU): the app against the bare React page, alternating.
  const wake: Results['wake'] = {}
  for (const label of wakeLabels) {
    wake[label] = { app: [], bare: [] }
    for (let r = 0; r < RUNS; r++) {
      const { app, bare } = wakeDirs[label]
      const a = await measureWake(`${base}/${app}/`, CHROME_PATH, CHROME_ARGS, 'timeline-painted')
      const b = await measureWake(`${base}/${bare}/`, CHROME_PATH, CHROME_ARGS, 'bare-hydrated')
      wake[label].app.push(a)
      wake[label].bare.push(b)
      console.log(
        `wake ${label} run ${r + 1}: longest task ${a.longestMs.toFixed(0)} ms (bare ${b.longestMs.toFixed(0)} ms), blocking ${a.blockingMs.toFixed(0)} ms (bare ${b.blockingMs.toFixed(0)} ms)`,
      )
    }
  }

  for (const [impl, n, target] of plan) {
    const list: RunResult[] = []
    for (let r = 0; r < RUNS; r++) {
      const result = await measureOnce(browser, target)
      list.push(result)
      console.log(
        `${impl} ${n} run ${r + 1}: first render ${result.firstRenderMs.toFixed(0)} ms, wheel stream ${result.wheelStreamWorkMs.toFixed(1)} ms/step (p95 ${result.wheelStreamP95.toFixed(1)}), drag stream ${result.dragStreamWorkMs.toFixed(1)} ms/step (p95 ${result.dragStreamP95.toFixed(1)}), filter ${result.filterToPaintMs.toFixed(0)} ms`,
      )
    }
    runs[impl][n] = list
  }
  await browser.close()
  server.close()

  const version = spawnSync(CHROME_PATH, ['--version'], {
    encoding: 'utf8',
  }).stdout.trim()
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium: version },
    runsPerCell: RUNS,
    bytes,
    runs,
    summary: summarise(runs),
    cold,
    coldSummary: summariseCold(cold),
    wake,
    buildWithPages,
    seconds: Math.round((Date.now() - started) / 1000),
  }
  // Formatted as the format check in npm test expects.
  const jsonOptions = (await resolveConfig('bench/results.json')) ?? {}
  writeFileSync(
    'bench/results.json',
    await format(JSON.stringify(results, null, 2), { ...jsonOptions, parser: 'json' }),
  )
  const table = renderTable(results)
  const readme = readFileSync('README.md', 'utf8')
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/
  if (existsSync('README.md') && marked.test(readme)) {
    // Formatted as the format check in npm test expects.
    const updated = readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`)
    const options = (await resolveConfig('README.md')) ?? {}
    writeFileSync('README.md', await format(updated, { ...options, parser: 'markdown' }))
  }
  console.log(`\n${table}\n\nWrote bench/results.json and the README table in ${results.seconds} s.`)
}

void main()
