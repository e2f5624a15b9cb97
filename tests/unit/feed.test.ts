import { describe, expect, it } from 'vitest'
import {
  atomFeed,
  entryId,
  FEED_ID,
  FEED_LIMIT,
  feedLinkAttrs,
  newestFirst,
  uuidV5,
  xmlText,
  type FeedOptions,
} from '../../scripts/feed.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'
import type { Event } from '../../src/data/schema.ts'
import { checkAtom, isRfc3339 } from '../formats/atom.ts'

// feed.xml (scripts/feed.ts) on the fixed 20-event corpus, checked as Atom 1.0 by
// tests/formats/atom.ts (libxml2 with a RELAX NG schema of RFC 4287, and its other rules).

const corpus = readCorpus('tests/fixtures/valid')
const base: FeedOptions = { events: corpus.events, people: corpus.people, occasions: corpus.occasions }
const SITE = 'https://example.org/timeline/'

function valid(o: Partial<FeedOptions> = {}) {
  const { problems, feed } = checkAtom(atomFeed({ ...base, ...o }))
  expect(problems).toEqual([])
  return feed!
}

describe('feed.xml', () => {
  it('is a valid Atom feed: newest first, an entry per event, each with its page, dates and summary', () => {
    const feed = valid()
    const newest = newestFirst(corpus.events)
    expect(feed.entries.map((e) => e.id)).toEqual(newest.map((e) => entryId(e.id)))
    expect(feed.id).toBe(FEED_ID)
    expect(feed.updated).toBe(`${newest[0].date}T00:00:00Z`)
    expect(feed.authors).toEqual(['Pyongyang–Moscow Timeline'])
    for (const [i, entry] of feed.entries.entries()) {
      const e = newest[i]
      expect(entry.title).toBe(e.title)
      expect(entry.updated).toBe(`${e.date}T00:00:00Z`)
      expect(entry.published).toBe(entry.updated)
      expect(entry.summary).toBe(e.summary)
      expect(entry.links).toEqual([
        {
          rel: 'alternate',
          type: 'text/html',
          href: `event/${e.id}/`,
          hreflang: undefined,
          title: undefined,
        },
      ])
      expect(entry.categories).toEqual([e.occasion])
      // The sources, by publisher, and linked where they have an address.
      for (const s of e.sources) expect(entry.content).toContain(s.publisher)
      expect(entry.contentLinks).toEqual(e.sources.flatMap((s) => (s.url ? [s.url] : [])))
    }
    for (let i = 1; i < feed.entries.length; i++)
      expect(feed.entries[i - 1].updated >= feed.entries[i].updated).toBe(true)
  })

  it('holds only the newest events: FEED_LIMIT of them, or the limit given', () => {
    expect(FEED_LIMIT).toBe(50)
    const feed = valid({ limit: 5 })
    expect(feed.entries.map((e) => e.id)).toEqual(
      newestFirst(corpus.events)
        .slice(0, 5)
        .map((e) => entryId(e.id)),
    )
    const many: Event[] = Array.from({ length: 120 }, (_, i) => ({
      ...corpus.events[0],
      id: `2020-01-01-many-${i}`,
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    }))
    const capped = valid({ events: many })
    expect(capped.entries).toHaveLength(FEED_LIMIT)
    expect(capped.entries[0].updated.slice(0, 10)).toBe([...many.map((e) => e.date)].sort().at(-1))
  })

  it('without SITE_URL, links are relative to feed.xml and resolve to the pages; ids need no address', () => {
    const feed = valid()
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'feed.xml', hreflang: undefined, title: undefined },
      { rel: 'alternate', type: 'text/html', href: './', hreflang: undefined, title: undefined },
    ])
    const at = 'https://mirror.example/sub/feed.xml'
    expect(new URL(feed.links[1].href, at).href).toBe('https://mirror.example/sub/')
    const first = newestFirst(corpus.events)[0]
    expect(new URL(feed.entries[0].links[0].href, at).href).toBe(
      `https://mirror.example/sub/event/${first.id}/`,
    )
    expect(atomFeed(base)).toContain('<!-- Built without SITE_URL')
  })

  it('with SITE_URL, every address of the site in it is absolute; the ids stay the same', () => {
    const feed = valid({ siteUrl: SITE })
    expect(feed.links.map((l) => l.href)).toEqual([`${SITE}feed.xml`, SITE])
    for (const entry of feed.entries)
      expect(entry.links[0].href).toMatch(/^https:\/\/example\.org\/timeline\/event\/[a-z0-9-]+\/$/)
    expect(feed.entries.map((e) => e.id)).toEqual(valid().entries.map((e) => e.id))
    expect(feed.id).toBe(FEED_ID)
    const xml = atomFeed({ ...base, siteUrl: 'https://example.org/timeline' })
    expect(xml).toContain(`<uri>${SITE}</uri>`)
    expect(xml).not.toContain('<!--')
    expect(xml).not.toMatch(/href="(?!https?:\/\/)/)
  })

  it('without event pages, an entry links to the app with the event open', () => {
    const feed = valid({ eventPages: false })
    const first = newestFirst(corpus.events)[0]
    expect(feed.entries[0].links[0].href).toBe(`./?event=${first.id}`)
  })

  it('ids are name-based UUIDs (RFC 4122 version 5): stable, unique, made without the address', () => {
    // The example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    )
    const ids = corpus.events.map((e) => entryId(e.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids).not.toContain(FEED_ID)
  })

  it('keeps hostile text as text: markup, entities, CDATA ends, quotes, control characters', () => {
    const nasty = '</title><script>alert(1)</script> &amp; ]]> "q" \'a\' \u0000\u0007\u001b \uD800 \r\nend'
    const url = 'https://example.org/?a=1&b="x"<y>'
    const e: Event = {
      ...corpus.events[0],
      title: nasty,
      summary: `<![CDATA[${nasty}`,
      sources: [{ publisher: `<b>${nasty}</b>`, url }],
    }
    const xml = atomFeed({ ...base, events: [e] })
    expect(xml).not.toContain('<script>')
    const [entry] = valid({ events: [e] }).entries
    // What XML 1.0 cannot hold at all becomes U+FFFD; everything else comes back as it was.
    const kept = ['\u0000', '\u0007', '\u001b', '\uD800'].reduce((t, c) => t.split(c).join('\uFFFD'), nasty)
    expect(entry.title).toBe(kept)
    expect(entry.summary).toBe(`<![CDATA[${kept}`)
    expect(entry.content).toContain(`<b>${kept}</b>`)
    expect(entry.contentLinks).toEqual([url])
    expect(xmlText('a\tb')).toBe('a&#x9;b')
  })

  it('a source link that is not http(s) is named, not linked', () => {
    const e: Event = { ...corpus.events[0], sources: [{ publisher: 'P', url: 'javascript:alert(1)' }] }
    const [entry] = valid({ events: [e] }).entries
    expect(entry.contentLinks).toEqual([])
    expect(entry.content).toContain('Sources: P')
  })

  it('with no events it is still valid, dated by the day the corpus was checked through', () => {
    const feed = valid({ events: [], emptyUpdated: '2026-02-28' })
    expect(feed.entries).toEqual([])
    expect(feed.updated).toBe('2026-02-28T00:00:00Z')
  })

  it('is linked from a page head, relatively or at the site address', () => {
    expect(feedLinkAttrs(undefined)).toEqual({
      rel: 'alternate',
      type: 'application/atom+xml',
      title: 'Pyongyang–Moscow Timeline: newest events',
      href: './feed.xml',
    })
    expect(feedLinkAttrs(SITE).href).toBe(`${SITE}feed.xml`)
  })
})

describe('the Atom checker (tests/formats/atom.ts) refuses what RFC 4287 refuses', () => {
  const good = atomFeed({ ...base, limit: 3 })
  const problems = (xml: string) => checkAtom(xml).problems

  it.each([
    ['not XML', good.replace('</feed>', '')],
    ['no feed id', good.replace(/<id>urn:uuid:[^<]*<\/id>/, '')],
    ['a relative id', good.replace(/<id>urn:uuid:[^<]*<\/id>/, '<id>event/x/</id>')],
    ['two titles', good.replace('<title type="text">', '<title>x</title><title type="text">')],
    ['a date without its time', good.replace(/<updated>([\d-]+)T00:00:00Z/, '<updated>$1')],
    ['a date without an offset', good.replace(/<updated>([\d-]+T00:00:00)Z/, '<updated>$1')],
    ['an impossible date', good.replace(/<updated>[\d-]+T/, '<updated>2023-02-29T')],
    ['no author anywhere', good.replace(/<author>[\s\S]*?<\/author>/, '')],
    ['two alternate links of a type', good.replace(/(<link rel="alternate"[^>]*\/>)/, '$1$1')],
    ['an entry with no updated', good.replace(/(<entry>[\s\S]*?)<updated>[^<]*<\/updated>/, '$1')],
    ['an unknown Atom element', good.replace('<generator>', '<guid>x</guid><generator>')],
    ['an unknown link relation', good.replace('rel="self"', 'rel="myself"')],
    ['two entries with one id', good.replace(/(<entry>[\s\S]*?<\/entry>)/, '$1\n$1')],
    ['an XHTML content without its div', good.replace(/<div xmlns="[^"]+">/, '<div>')],
  ])('%s', (_label, xml) => {
    expect(problems(good)).toEqual([])
    expect(problems(xml)).not.toEqual([])
  })

  it('reads RFC 3339 date-times and nothing else', () => {
    expect(isRfc3339('2024-02-29T23:59:60+09:00')).toBe(true)
    expect(isRfc3339('2024-10-07T00:00:00.5Z')).toBe(true)
    for (const bad of [
      '2024-10-07',
      '2024-10-07t00:00:00z',
      '2024-13-01T00:00:00Z',
      '2024-10-07T24:00:00Z',
      '2024-10-07T00:00:00',
    ])
      expect(isRfc3339(bad), bad).toBe(false)
  })
})
