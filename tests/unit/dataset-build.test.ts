import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATASET_PATHS } from '../../scripts/datasetFiles.ts'
import { FEED_TITLE } from '../../scripts/feed.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'
import { checkAtom } from '../formats/atom.ts'
import { csvRecords } from '../formats/csv.ts'

// The built files, read without a browser: `vite build` (the project's own config) of the
// fixed 20-event corpus with SITE_URL set, and the dev server serving the same addresses.
// The browser tests check the real corpus's build, where SITE_URL is not set.

const FIXTURES = 'tests/fixtures/valid'
const corpus = readCorpus(FIXTURES)
const OUT = 'node_modules/.tmp/dist-dataset-test'
const SITE = 'https://example.org/timeline/'
const VITE = 'node_modules/vite/bin/vite.js'
const env = { ...process.env, CORPUS_DIR: FIXTURES, SITE_URL: SITE, EVENT_PAGES: '1' }
const built = (path: string) => readFileSync(join(OUT, path), 'utf8')

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true })
  const r = spawnSync(
    process.execPath,
    [VITE, 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'],
    { env, encoding: 'utf8' },
  )
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`)
}, 120_000)
afterAll(() => rmSync(OUT, { recursive: true, force: true }))

describe('the build publishes the dataset and the feed', () => {
  it('writes data/events.json, data/events.csv and the schema beside them', () => {
    const records = JSON.parse(built(DATASET_PATHS.json)) as { id: string }[]
    expect(records.map((r) => r.id).sort()).toEqual(corpus.events.map((e) => e.id).sort())
    const rows = csvRecords(built(DATASET_PATHS.csv))
    expect(rows.map((r) => r.id).sort()).toEqual(corpus.events.map((e) => e.id).sort())
    expect(built(DATASET_PATHS.schema)).toBe(readFileSync('data/schema/event.schema.json', 'utf8'))
  })

  it('writes a valid feed.xml whose every address is absolute and whose entries are pages in dist/', () => {
    const { problems, feed } = checkAtom(built(DATASET_PATHS.feed))
    expect(problems).toEqual([])
    expect(feed!.entries).toHaveLength(Math.min(50, corpus.events.length))
    expect(feed!.links.map((l) => l.href)).toEqual([`${SITE}feed.xml`, SITE])
    for (const entry of feed!.entries) {
      const href = entry.links.find((l) => l.rel === 'alternate')!.href
      expect(href.startsWith(SITE)).toBe(true)
      const page = join(OUT, href.slice(SITE.length), 'index.html')
      expect(existsSync(page), `${href} is not a page in dist/`).toBe(true)
      expect(readFileSync(page, 'utf8')).toContain(`<link rel="canonical" href="${href}" />`)
    }
  })

  it("links the feed from every page's head, at its absolute address", () => {
    const link = `<link rel="alternate" type="application/atom+xml" title="${FEED_TITLE}" href="${SITE}feed.xml">`
    const pages = ['index.html', ...readdirSync(join(OUT, 'event')).map((id) => `event/${id}/index.html`)]
    expect(pages).toHaveLength(corpus.events.length + 1)
    for (const page of pages) {
      const head = built(page).split('</head>')[0]
      expect(head, page).toContain(link)
      expect(head.split('application/atom+xml').length - 1, page).toBe(1)
    }
  })
})

describe('the dev server serves the same files', () => {
  let server: ReturnType<typeof spawn> | undefined
  let origin = ''

  beforeAll(async () => {
    const port = 5300 + Math.floor(Math.random() * 600)
    origin = `http://127.0.0.1:${port}`
    server = spawn(process.execPath, [VITE, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      env,
      stdio: 'ignore',
    })
    const deadline = Date.now() + 30_000
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) return
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the dev server did not start in 30 s')
      await new Promise((r) => setTimeout(r, 200))
    }
  }, 40_000)
  afterAll(() => {
    server?.kill()
  })

  it('data/events.json, data/events.csv, data/event.schema.json and feed.xml, with their types', async () => {
    const get = async (path: string) => {
      const r = await fetch(`${origin}/${path}`)
      expect(r.status, path).toBe(200)
      // Bytes as sent: Response.text() would drop the CSV's byte order mark.
      return {
        type: r.headers.get('content-type'),
        text: Buffer.from(await r.arrayBuffer()).toString('utf8'),
      }
    }
    const json = await get(DATASET_PATHS.json)
    expect(json.type).toBe('application/json')
    expect(json.text).toBe(built(DATASET_PATHS.json))
    const csv = await get(DATASET_PATHS.csv)
    expect(csv.type).toBe('text/csv; charset=utf-8')
    expect(csv.text).toBe(built(DATASET_PATHS.csv))
    expect((await get(DATASET_PATHS.schema)).text).toBe(built(DATASET_PATHS.schema))
    const feed = await get(DATASET_PATHS.feed)
    expect(feed.type).toBe('application/atom+xml; charset=utf-8')
    expect(feed.text).toBe(built(DATASET_PATHS.feed))
    // The home page links the feed in development too.
    expect((await get('')).text).toContain(`href="${SITE}feed.xml"`)
    expect((await get(`event/${corpus.events[0].id}/`)).text).toContain(`href="${SITE}feed.xml"`)
  }, 30_000)
})
