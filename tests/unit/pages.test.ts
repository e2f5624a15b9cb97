import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/ui/html.ts'
import { eventPageHtml, homePageHtml, jsonLd, scriptJson, sitemapXml } from '../../scripts/eventPages.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// The fixed 20-event corpus: numbers stay put as data/ grows.
const corpus = readCorpus('tests/fixtures/valid')
const letter = corpus.events.find((e) => e.kind === 'letter' || e.kind === 'telegram')!
const summit = corpus.events.find((e) => e.kind === 'summit')!

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" />
    <meta name="description" content="The home page." />
    <title>Pyongyang–Moscow Timeline</title>
    <style data-inlined-from="./assets/index-x.css">body{color:red}</style>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <header><h1 class="text-lg">Pyongyang–Moscow Timeline</h1></header>
    <div id="root"><p>Loading the timeline…</p></div>
  </body>
</html>`

describe('event pages', () => {
  it('take the home page and say what the event is: title, description, canonical, cards, JSON-LD', () => {
    const html = eventPageHtml(
      TEMPLATE,
      letter,
      corpus.people,
      '<main>article</main>',
      'https://example.org/tl',
    )
    const url = `https://example.org/tl/event/${letter.id}/`
    expect(html).toContain(`<title>${escapeHtml(letter.title)} · Pyongyang–Moscow Timeline</title>`)
    expect(html).toContain(`<link rel="canonical" href="${url}" />`)
    expect(html).toContain(`<meta property="og:url" content="${url}" />`)
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(letter.title)}" />`)
    expect(html).toContain('<meta name="twitter:card" content="summary" />')
    expect(html).toContain('<meta name="app-root" content="../../" />')
    // Everything linked relatively now comes from two folders up; the header links home.
    expect(html).toContain('src="../../assets/index-abc.js"')
    expect(html).toContain('href="../../favicon.svg"')
    // The stylesheet the home page inlines is linked: one cached copy for every page.
    expect(html).toContain('<link rel="stylesheet" href="../../assets/index-x.css" />')
    expect(html).not.toContain('<style')
    expect(html).toContain(
      '<h1 class="text-lg"><a href="../../" class="hover:underline">Pyongyang–Moscow Timeline</a></h1>',
    )
    expect(html).toContain('<div id="root" data-prerendered="event"><main>article</main></div>')
    expect(html).not.toContain('The home page.')
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1])
    expect(ld).toMatchObject({ '@type': 'WebPage', name: letter.title, url })
    expect(ld.mainEntity['@type']).toBe('Message')
    expect(ld.mainEntity.dateSent).toBe(letter.date)
  })

  it('without the site address, canonical is the page itself and there is no og:url', () => {
    const html = eventPageHtml(TEMPLATE, letter, corpus.people, '', undefined)
    expect(html).toContain('<link rel="canonical" href="./" />')
    expect(html).not.toContain('og:url')
  })

  it('fail the build, saying why, when the template lost what they replace', () => {
    expect(() =>
      eventPageHtml(TEMPLATE.replace(/<div id="root">.*<\/div>/, ''), letter, corpus.people, '', undefined),
    ).toThrow(/index\.html has no .*root.*: the page template changed/)
  })

  it('describe a meeting as an Event, its people as attendees, and every source as a citation', () => {
    const ld = jsonLd(summit, corpus.people, undefined) as {
      mainEntity: { '@type': string; attendee: { name: string }[]; startDate: string }
      citation: unknown[]
    }
    expect(ld.mainEntity['@type']).toBe('Event')
    expect(ld.mainEntity.startDate).toBe(summit.date)
    expect(ld.mainEntity.attendee.map((p) => p.name)).toEqual(
      [...summit.from, ...summit.to].map((id) => corpus.people.find((p) => p.id === id)!.name),
    )
    expect(ld.citation).toHaveLength(summit.sources.length)
  })

  it('keep text that looks like markup from closing the JSON-LD element', () => {
    const json = scriptJson({ title: '</script><script>alert(1)</script> & <!--' })
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script> & <!--' })
    expect(escapeHtml('"<b>&\'')).toBe('&quot;&lt;b&gt;&amp;&#39;')
  })
})

describe('the home page', () => {
  it('gets its prerendered content, a note for readers without JavaScript, and says event pages exist', () => {
    const html = homePageHtml(TEMPLATE, '<main>app</main>', true)
    expect(html).toContain('<meta name="event-pages" content="yes" />')
    expect(html).toContain('<div id="root" data-prerendered="home"><main>app</main></div>')
    expect(html).toMatch(/<noscript>.*JavaScript is off.*links to its own page.*<\/noscript>/)
    expect(homePageHtml(TEMPLATE, '', false)).not.toContain('event-pages')
  })

  it('refuses prerendered content with an inline script (the page policy would block it)', () => {
    expect(() => homePageHtml(TEMPLATE, '<div><script>$RC()</script></div>', true)).toThrow(/inline <script>/)
  })
})

describe('sitemap.xml', () => {
  it('lists the home page and each event page, absolute when the site address is known', () => {
    const ids = corpus.events.map((e) => e.id)
    const abs = sitemapXml('https://example.org/tl/', ids)
    const locs = [...abs.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs).toEqual([
      'https://example.org/tl/',
      ...ids.map((id) => `https://example.org/tl/event/${id}/`),
    ])
    expect(
      abs.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ),
    ).toBe(true)
    const rel = [...sitemapXml(undefined, ids).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(rel).toEqual(['./', ...ids.map((id) => `event/${id}/`)])
  })
})
