import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { detailOf } from '../../scripts/corpusFiles.ts'
import { escapeHtml } from '../../src/ui/html.ts'
import { FEED_LIMIT, FEED_TITLE, newestFirst } from '../../scripts/feed.ts'
import { checkAtom } from '../formats/atom.ts'
import { csvRecords } from '../formats/csv.ts'
import { events, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// The dataset and the feed as the built site serves them (scripts/datasetPlugin.ts), checked
// against data/ as it is. This build has no SITE_URL: the feed's addresses are relative.

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats.default(ajv)

test('data/events.json holds every event of data/, each passing the schema published beside it', async ({
  request,
}) => {
  const schema = await (await request.get('./data/event.schema.json')).text()
  expect(schema).toBe(readFileSync('data/schema/event.schema.json', 'utf8'))
  const valid = ajv.compile(JSON.parse(schema) as object)
  const response = await request.get('./data/events.json')
  expect(response.status()).toBe(200)
  const records = (await response.json()) as { id: string }[]
  expect(records).toHaveLength(total)
  expect(records.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort())
  for (const r of records) {
    expect(valid(r) ? [] : valid.errors, r.id).toEqual([])
    expect(r).toEqual(detailOf(events.find((e) => e.id === r.id)!))
  }
})

test('data/events.csv has a row per event, no rows for silences, and no cell a spreadsheet would run', async ({
  request,
}) => {
  const response = await request.get('./data/events.csv')
  expect(response.status()).toBe(200)
  const text = (await response.body()).toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const rows = csvRecords(text)
  expect(rows.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort())
  // The app's CSV export adds a row per silence shown; the published file holds events only.
  expect(new Set(rows.map((r) => r.record))).toEqual(new Set(['event']))
  for (const r of rows) {
    const e = events.find((x) => x.id === r.id)!
    expect(r.date).toBe(e.date)
    expect(r.title.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(e.title)
    for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  }
})

test('feed.xml is valid Atom: the newest events first, each linking to its existing page', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('./feed.xml')
  expect(response.status()).toBe(200)
  const { problems, feed } = checkAtom(await response.text())
  expect(problems).toEqual([])
  const newest = newestFirst(events).slice(0, FEED_LIMIT)
  expect(feed!.entries.map((e) => e.title)).toEqual(newest.map((e) => e.title))
  expect(feed!.title).toBe(FEED_TITLE)
  const feedUrl = new URL('feed.xml', baseURL)
  expect(new URL(feed!.links.find((l) => l.rel === 'self')!.href, feedUrl).href).toBe(feedUrl.href)
  expect(new URL(feed!.links.find((l) => l.rel === 'alternate')!.href, feedUrl).href).toBe(
    new URL('./', baseURL).href,
  )
  for (const [i, entry] of feed!.entries.entries()) {
    const e = newest[i]
    expect(entry.updated).toBe(`${e.date}T00:00:00Z`)
    for (const s of e.sources) expect(entry.content).toContain(s.publisher)
    const href = new URL(entry.links.find((l) => l.rel === 'alternate')!.href, feedUrl)
    expect(href.href).toBe(new URL(`event/${e.id}/`, baseURL).href)
    const page = await request.get(href.href)
    expect(page.status(), href.href).toBe(200)
    expect(await page.text()).toContain(`<title>${escapeHtml(e.title)} · `)
  }
})

test('the home page and an event page link the feed from their heads', async ({ page, baseURL }) => {
  const feedUrl = new URL('feed.xml', baseURL).href
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
  for (const path of ['./', `./event/${newestFirst(events)[0].id}/`]) {
    await page.goto(path)
    await expect(link).toHaveCount(1)
    await expect(link).toHaveAttribute('title', FEED_TITLE)
    expect(await link.evaluate((l: HTMLLinkElement) => l.href)).toBe(feedUrl)
  }
})
