import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { RELEASE } from '../../src/data/release.ts'
import { drawn } from './axis.ts'
import { ofOccasion, showing, total } from './corpus.ts'
import { expect, test } from './fixtures.ts'

// For newsrooms and researchers: the view embedded in another site's article, the view as a
// picture (PNG and SVG), the release in the footer and its citation.

/** An "article" on another origin (localhost, not 127.0.0.1: another host is another origin). */
async function article(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(
      `<!doctype html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1><p>Before.</p>${html}<p>After.</p></body></html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/story`, server }
}

test('an article on another origin embeds the view: the same events, its panel opens, the article’s address untouched', async ({
  page,
  context,
  problems,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const victory = ofOccasion('victory-day')
  await page.goto('./?occasion=victory-day')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(showing(victory.length))
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const code = page.getByRole('textbox', { name: 'Code to embed this view' })
  await expect(code).toHaveValue(/^<iframe /)
  const snippet = await code.inputValue()
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/\?occasion=victory-day" title="Pyongyang–Moscow Timeline: Victory Day" width="100%" height="\d+" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"><\/iframe>$/,
  )
  await page.getByRole('button', { name: 'Copy code' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)

  const { url, server } = await article(snippet)
  try {
    await page.goto(url)
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      showing(victory.length),
    )
    // Nothing of the site's page around it: no header, no description, no filters.
    await expect(frame.locator('header')).toHaveCount(0)
    await expect(frame.getByRole('button', { name: /^Victory Day, / })).toHaveCount(0)
    // The site's name links to the same view on the full site, in a new tab, and says so.
    const site = frame.getByRole('link', {
      name: /Pyongyang–Moscow Timeline.*opens the full site in a new tab/,
    })
    await expect(site).toHaveAttribute('target', '_blank')
    await expect(site).toHaveAttribute('href', /\/\?occasion=victory-day$/)
    // An event opens in the frame's panel; the article stays where it is.
    await frame.locator('.canvas-drawn').waitFor()
    await frame.locator(`svg [data-event-id="${victory[0].id}"]`).click()
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible()
    expect(page.url()).toBe(url)
    expect(page.frames()[1].url()).toMatch(/\/embed\/\?occasion=victory-day$/)
  } finally {
    server.close()
  }
  // The article itself is on another origin, by design.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes(new URL(url).origin)))
})

test('the embed page is a static page like the others: the view without the site’s header, kept out of search engines', async ({
  request,
}) => {
  for (const path of ['./embed/', './ko/embed/']) {
    const html = await (await request.get(path)).text()
    expect(html).toContain('data-prerendered="embed"')
    expect(html).toContain('<meta name="embed" content="yes" />')
    expect(html).toContain('<meta name="robots" content="noindex" />')
    expect(html).not.toMatch(/<header\b/)
    expect(html).not.toContain('data-site-footer')
    // The language is the snippet's: the browser's preference does not move it.
    expect(html).not.toContain('<meta name="lang-default"')
  }
  expect(await (await request.get('./embed/')).text()).toContain(`Showing ${total} of ${total} events`)
})

/** A downloaded file's bytes. */
async function download(page: Page, format: 'PNG' | 'SVG'): Promise<Buffer> {
  await page.getByRole('button', { name: 'Download image' }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
  ])
  const { readFileSync } = await import('node:fs')
  return readFileSync(await file.path())
}

test('Download image: a PNG of the view at twice its pixels, with marks where the marks are', async ({
  page,
}) => {
  await page.goto('./')
  const { width, marks } = await drawn(page)
  const png = await download(page, 'PNG')
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  // Twice the view's width, at this screen's one device pixel per CSS pixel.
  expect(png.readUInt32BE(16)).toBe(2 * width)
  const pixels = await page.evaluate(
    async ({ data, points }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${data}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const g = c.getContext('2d')!
      g.drawImage(img, 0, 0)
      return points.map(([x, y]) => [...g.getImageData(x, y, 1, 1).data])
    },
    {
      data: png.toString('base64'),
      // Inside each mark, left of its centre (a cluster's count is at its centre); the picture's
      // axis starts below its title band, 44 px down.
      points: marks
        .filter((m) => m.x > m.r && m.x < width - m.r)
        .map((m) => [Math.round(2 * (m.x - m.r / 2)), Math.round(2 * (44 + m.y))]),
    },
  )
  expect(pixels.length).toBeGreaterThan(5)
  // Not the lanes' white or near-white: the mark's colour.
  for (const [r, g, b, a] of pixels) {
    expect(a).toBe(255)
    expect(Math.min(r, g, b)).toBeLessThan(235)
  }
})

test('Download image: an SVG whose words are text, the titles of the marks it labels among them', async ({
  page,
}) => {
  await page.goto('./?occasion=liberation-day,victory-day')
  const { marks } = await drawn(page)
  const svg = (await download(page, 'SVG')).toString('utf8')
  const texts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    if (doc.querySelector('parsererror')) return null
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
  }, svg)
  expect(texts).not.toBeNull()
  const labels = marks.flatMap((m) => (m.label ? [m.label] : []))
  expect(labels.length).toBeGreaterThan(2)
  for (const label of labels) expect(texts).toContain(label)
  expect(texts).toContain('Pyongyang–Moscow Timeline')
  expect(texts!.some((t) => t.startsWith('Source: Pyongyang–Moscow Timeline, http'))).toBe(true)
})

test('the footer shows the release and copies the dataset’s citation, in the page’s language', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'))
  const released = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${RELEASE.date}T00:00:00Z`))
  await page.goto('./')
  const footer = page.locator('footer')
  await expect(footer).toContainText(`Version ${RELEASE.version}, released ${released('en-GB')}`)
  for (const [name, href] of [
    ['JSON', 'data/events.json'],
    ['CSV', 'data/events.csv'],
    ['CITATION.cff', 'CITATION.cff'],
  ])
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', `./${href}`)
  expect((await page.request.get('./CITATION.cff')).status()).toBe(200)
  await footer.getByRole('button', { name: 'Copy dataset citation' }).click()
  await expect(footer.getByRole('status')).toHaveText('Citation copied')
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toMatch(
    new RegExp(
      `^Pyongyang–Moscow Timeline, version ${RELEASE.version.replace(/\./g, '\\.')} \\(released ${released('en-GB')}\\) \\[dataset\\]\\. http://127\\.0\\.0\\.1:\\d+/ \\(accessed 27 November 2026\\)\\.$`,
    ),
  )
  await page.goto('./ko/')
  await expect(page.locator('footer')).toContainText(`버전 ${RELEASE.version}, ${released('ko')} 공개`)
})
