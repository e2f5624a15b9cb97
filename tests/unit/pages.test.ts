import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/ui/html.ts'
import { eventPageHtml, homePageHtml, sitemapXml } from '../../scripts/eventPages.ts'
import { jsonLd, scriptJson } from '../../scripts/jsonLd.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'
import { LANG_SCRIPT, LANG_SCRIPT_HASH, localizePage, pageTexts } from '../../scripts/lib/pageLanguage.ts'
import { createHash } from 'node:crypto'

// The fixed 20-event corpus: numbers stay put as data/ grows.
const corpus = readCorpus('tests/fixtures/valid')
const letter = corpus.events.find((e) => e.kind === 'letter' || e.kind === 'telegram')!
const summit = corpus.events.find((e) => e.kind === 'summit')!

// The built index.html, in short: what the pages are written from.
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" />
    <meta name="description" data-i18n-content="site.description" content="The home page." />
    <title data-i18n="site.name">Pyongyang–Moscow Timeline</title>
    <style data-inlined-from="./assets/index-x.css">body{color:red}</style>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="preload" href="./corpus/index.json" as="fetch" crossorigin="anonymous">
  </head>
  <body>
    <header><h1 class="text-lg" data-i18n="site.name">Pyongyang–Moscow Timeline</h1>
    <nav data-langs aria-label="Language" data-i18n-aria="site.languages"></nav></header>
    <section aria-label="About" data-i18n-aria="site.aboutLabel"><p data-i18n="site.about">About.</p></section>
    <div id="root"><p data-i18n="site.loading">Loading the timeline…</p></div>
  </body>
</html>`
const texts = pageTexts()
const page = (lang: 'en' | 'ko' | 'ru', path: string, siteUrl?: string) =>
  localizePage(BUILT, {
    spot: { lang, path },
    texts,
    siteUrl,
    messagesFile: `assets/messages-${lang}-x.json`,
  })
const TEMPLATE = page('en', `event/${letter.id}/`)
const options = (siteUrl?: string) => ({
  people: corpus.people,
  article: '<main>article</main>',
  siteUrl,
  lang: 'en' as const,
  siteName: 'Pyongyang–Moscow Timeline',
})

describe('event pages', () => {
  it('take the home page and say what the event is: title, description, canonical, cards, JSON-LD', () => {
    const html = eventPageHtml(TEMPLATE, letter, options('https://example.org/tl'))
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
      '<h1 class="text-lg" data-i18n="site.name"><a href="../../" class="hover:underline">Pyongyang–Moscow Timeline</a></h1>',
    )
    expect(html).toContain('<div id="root" data-prerendered="event"><main>article</main></div>')
    expect(html).not.toContain('The home page.')
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1])
    expect(ld).toMatchObject({ '@type': 'WebPage', name: letter.title, url })
    expect(ld.mainEntity['@type']).toBe('Message')
    expect(ld.mainEntity.dateSent).toBe(letter.date)
  })

  it('without the site address, canonical is the page itself and there is no og:url', () => {
    const html = eventPageHtml(TEMPLATE, letter, options())
    expect(html).toContain('<link rel="canonical" href="./" />')
    expect(html).not.toContain('og:url')
  })

  it('fail the build, saying why, when the template lost what they replace', () => {
    expect(() => eventPageHtml(TEMPLATE.replace(/<div id="root">.*<\/div>/, ''), letter, options())).toThrow(
      /index\.html has no .*root.*: the page template changed/,
    )
  })

  it('describe a meeting as an Event, its people as attendees, and every source as a citation', () => {
    const ld = jsonLd(summit, corpus.people, undefined, 'Pyongyang–Moscow Timeline') as {
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

describe('pages in each language', () => {
  const translated = {
    ...letter,
    translations: {
      ko: { title: '한국어 제목', summary: '한국어 요약입니다.' },
      ru: { title: 'Русский заголовок', summary: 'Русское резюме.' },
    },
  }

  it('a Korean event page: its language, its words, the site root three folders up, its own index and messages', () => {
    const html = eventPageHtml(page('ko', `event/${letter.id}/`), translated, {
      ...options(),
      lang: 'ko',
      siteName: '평양–모스크바 타임라인',
    })
    expect(html).toContain('<html lang="ko"')
    expect(html).toContain('<title>한국어 제목 · 평양–모스크바 타임라인</title>')
    expect(html).toContain('<meta property="og:locale" content="ko_KR" />')
    expect(html).toContain('<meta name="site-root" content="../../../" />')
    expect(html).toContain('<meta name="app-root" content="../../" />')
    expect(html).toContain('src="../../../assets/index-abc.js"')
    expect(html).toContain('<link rel="stylesheet" href="../../../assets/index-x.css" />')
    expect(html).toContain('href="../../../corpus/ko/index.json"')
    expect(html).toContain(
      '<link rel="preload" href="../../../assets/messages-ko-x.json" as="fetch" crossorigin="anonymous" />',
    )
    expect(html).toContain('aria-label="언어"')
    expect(html).toContain('<p data-i18n="site.about">김정은과')
    expect(html).not.toContain('About.')
    // The header's switch: the same page in each language, this one marked current.
    const links = [...html.matchAll(/<a href="([^"]+)" hreflang="(\w+)" lang="\w+"( aria-current="page")?/g)]
    expect(links.map((m) => [m[1], m[2], !!m[3]])).toEqual([
      [`../../../event/${letter.id}/`, 'en', false],
      [`../../../ko/event/${letter.id}/`, 'ko', true],
      [`../../../ru/event/${letter.id}/`, 'ru', false],
    ])
    // A page not in English is never the default: the language script leaves it be.
    expect(html).not.toContain('<meta name="lang-default"')
  })

  it('alternates name every language and the default, absolute with the site address', () => {
    const html = page('ru', '', 'https://example.org/tl/')
    const alternates = [
      ...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)" \/>/g),
    ].map((m) => [m[1], m[2]])
    expect(alternates).toEqual([
      ['en', 'https://example.org/tl/'],
      ['ko', 'https://example.org/tl/ko/'],
      ['ru', 'https://example.org/tl/ru/'],
      ['x-default', 'https://example.org/tl/'],
    ])
    expect(page('en', '')).toContain('<meta name="lang-default" content="yes" />')
  })

  it('an event without words in the language keeps its English ones', () => {
    const html = eventPageHtml(page('ru', `event/${letter.id}/`), letter, {
      ...options(),
      lang: 'ru',
      siteName: 'Хронология',
    })
    expect(html).toContain(`<title>${escapeHtml(letter.title)} · Хронология</title>`)
    expect(html).toContain('<html lang="ru"')
  })

  it('the one inline script is allowed by its hash, and no other', () => {
    const html = page('en', '')
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(inline).toEqual([LANG_SCRIPT])
    expect(LANG_SCRIPT_HASH).toBe(`'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`)
  })
})

describe('the home page', () => {
  it('gets its prerendered content, a note for readers without JavaScript, and says event pages exist', () => {
    const note = { note: texts('site.noscript', 'en'), pages: texts('site.noscriptPages', 'en') }
    const html = homePageHtml(page('en', ''), '<main>app</main>', true, note)
    expect(html).toContain('<meta name="event-pages" content="yes" />')
    expect(html).toContain('<div id="root" data-prerendered="home"><main>app</main></div>')
    expect(html).toMatch(/<noscript>.*JavaScript is off.*links to its own page.*<\/noscript>/)
    expect(homePageHtml(page('en', ''), '', false, note)).not.toContain('event-pages')
    const ko = { note: texts('site.noscript', 'ko'), pages: texts('site.noscriptPages', 'ko') }
    expect(homePageHtml(page('ko', ''), '', true, ko)).toMatch(/<noscript>.*자바스크립트.*<\/noscript>/)
  })

  it('refuses prerendered content with an inline script (the page policy would block it)', () => {
    expect(() =>
      homePageHtml(page('en', ''), '<div><script>$RC()</script></div>', true, { note: '', pages: '' }),
    ).toThrow(/inline <script>/)
  })
})

describe('sitemap.xml', () => {
  it('lists the home page and each event page in every language, each with its alternates', () => {
    const ids = corpus.events.map((e) => e.id)
    const abs = sitemapXml('https://example.org/tl/', ids)
    const locs = [...abs.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    const paths = ['', ...ids.map((id) => `event/${id}/`)]
    expect(locs).toEqual(
      paths.flatMap((p) => ['', 'ko/', 'ru/'].map((l) => `https://example.org/tl/${l}${p}`)),
    )
    expect(abs).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    )
    const first = abs.slice(abs.indexOf('<url>'), abs.indexOf('</url>'))
    expect([...first.matchAll(/hreflang="([\w-]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['en', 'https://example.org/tl/'],
      ['ko', 'https://example.org/tl/ko/'],
      ['ru', 'https://example.org/tl/ru/'],
      ['x-default', 'https://example.org/tl/'],
    ])
    const rel = [...sitemapXml(undefined, ids).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(rel.slice(0, 4)).toEqual(['./', 'ko/', 'ru/', `event/${ids[0]}/`])
  })
})
