import { createHash } from 'node:crypto'
import { formatLongDate } from '../src/data/dates.ts'
import type { Event, Occasion, Person } from '../src/data/schema.ts'
import { SITE_NAME } from '../src/detail/citation.ts'
import { CERTAINTY_LABEL, KIND_LABEL } from '../src/ui/recordLabels.ts'
import { pageUrl } from './jsonLd.ts'
import { speakEnglish } from './lib/catalog.ts'

// feed.xml: an Atom 1.0 feed (RFC 4287) of the newest events, for readers who follow the
// corpus. Every text in it comes from data/ (article text is untrusted) and is escaped here.

/** Where the feed is published, relative to the site's root. */
export const FEED_PATH = 'feed.xml'
/** The newest events the feed holds: enough for a reader that checks monthly, small at 100,000 events. */
export const FEED_LIMIT = 50
export const FEED_TITLE = `${SITE_NAME}: newest events`
/** Our own text's licence; the words quoted from messages and articles stay their publishers'. */
export const FEED_RIGHTS =
  'Titles, summaries and notes: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Quoted messages and articles belong to their publishers.'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

/**
 * The namespace of this feed's name-based UUIDs (RFC 4122 version 5). Fixed forever: an
 * entry's atom:id must never change, wherever the site is served from, so ids are not made
 * from SITE_URL (which may be unset, or change when the site moves).
 */
const ID_NAMESPACE = 'b77b2d8f-6e2a-4f20-b9e0-bfc3cc105005'

/** A name-based (SHA-1, version 5) UUID of `name` in `namespace`, as RFC 4122 section 4.3 makes it. */
export function uuidV5(name: string, namespace = ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16)
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The atom:id of an event's entry: a URN that stays the same for as long as the event's id does. */
export const entryId = (eventId: string) => `urn:uuid:${uuidV5(`event/${eventId}`)}`
export const FEED_ID = `urn:uuid:${uuidV5('feed')}`

/**
 * Text for XML content or a quoted attribute. Characters XML 1.0 cannot hold at all (control
 * characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; tab, line feed and carriage
 * return are written as references, so an attribute keeps them and a parser does not fold
 * a carriage return away.
 */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')
}

/** A day of the corpus as an RFC 3339 date-time: its midnight, UTC. */
export const dayTime = (day: string) => `${day}T00:00:00Z`

export type FeedOptions = {
  events: readonly Event[]
  people: readonly Person[]
  occasions: readonly Occasion[]
  /** The site's public address (SITE_URL): every address absolute. Without it they are relative to feed.xml. */
  siteUrl?: string
  /** Whether event/<id>/ pages exist; without them an entry links to the app at ?event=<id>. */
  eventPages?: boolean
  /** How many of the newest events the feed holds. */
  limit?: number
  /** The feed's atom:updated when there are no events (coverage.json's checkedThrough). */
  emptyUpdated?: string
}

/** The events, newest first: by date, then by id (so the order never depends on file order). */
export function newestFirst(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1,
  )
}

/** The address of an event as the feed links it, relative to feed.xml unless the site's address is known. */
export function eventHref(id: string, siteUrl: string | undefined, eventPages = true): string {
  const path = eventPages ? `event/${encodeURIComponent(id)}/` : `./?event=${encodeURIComponent(id)}`
  return pageUrl(siteUrl, path) ?? path
}

const httpOnly = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined)

function entry(e: Event, o: FeedOptions, name: (id: string) => string, occasion: (id: string) => string) {
  const when = dayTime(e.date)
  const day = formatLongDate(Date.parse(when))
  const certainty = e.dateCertainty === 'exact' ? '' : ` (${CERTAINTY_LABEL[e.dateCertainty].toLowerCase()})`
  const sources = e.sources
    .map((s) => {
      const href = httpOnly(s.url)
      return href ? `<a href="${xmlText(href)}">${xmlText(s.publisher)}</a>` : xmlText(s.publisher)
    })
    .join(', ')
  // A meeting lists the same people as from and to: name them once.
  const same = e.from.length === e.to.length && e.from.every((p) => e.to.includes(p))
  const who = same
    ? e.from.map(name).join(' and ')
    : `${e.from.map(name).join(', ')} → ${e.to.map(name).join(', ')}`
  const what = [KIND_LABEL[e.kind], occasion(e.occasion)].filter(
    (x, i, all) => all.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i,
  )
  const line = [who, ...what, `${day}${certainty}`].join(' · ')
  return `  <entry>
    <id>${entryId(e.id)}</id>
    <title type="text">${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(eventHref(e.id, o.siteUrl, o.eventPages))}"/>
    <published>${when}</published>
    <updated>${when}</updated>
    <category term="${xmlText(e.occasion)}" label="${xmlText(occasion(e.occasion))}"/>
    <summary type="text">${xmlText(e.summary)}</summary>
    <content type="xhtml"><div xmlns="${XHTML_NS}"><p>${xmlText(e.summary)}</p><p>${xmlText(line)}</p><p>Sources: ${sources}</p></div></content>
  </entry>`
}

/**
 * The feed: the `limit` newest events, newest first, each linking to its page. The feed's
 * atom:updated is its newest entry's day, so the same data always builds the same file.
 * One atom:author, the project, at feed level, covers every entry (our titles and
 * summaries); the sources' publishers are named, and linked, in each entry's content.
 */
export function atomFeed(o: FeedOptions): string {
  speakEnglish()
  const limit = o.limit ?? FEED_LIMIT
  const newest = newestFirst(o.events).slice(0, limit)
  const name = (id: string) => o.people.find((p) => p.id === id)?.name ?? id
  const occasion = (id: string) => o.occasions.find((x) => x.id === id)?.label ?? id
  const updated = newest[0] ? dayTime(newest[0].date) : dayTime(o.emptyUpdated ?? '1970-01-01')
  const home = pageUrl(o.siteUrl, '') ?? './'
  const self = pageUrl(o.siteUrl, FEED_PATH) ?? FEED_PATH
  const total = o.events.length
  const subtitle = `Public messages between Kim Jong Un and Vladimir Putin, and the summits and treaty steps around them: the ${newest.length === total ? '' : `newest ${newest.length} of `}${total} event${total === 1 ? '' : 's'} in the timeline, newest first.`
  const note = o.siteUrl
    ? ''
    : "\n<!-- Built without SITE_URL: the links below are relative to this file's address. -->"
  return `<?xml version="1.0" encoding="utf-8"?>${note}
<feed xmlns="${ATOM_NS}" xml:lang="en">
  <id>${FEED_ID}</id>
  <title type="text">${xmlText(FEED_TITLE)}</title>
  <subtitle type="text">${xmlText(subtitle)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(home)}"/>
  <author>
    <name>${xmlText(SITE_NAME)}</name>${o.siteUrl ? `\n    <uri>${xmlText(home)}</uri>` : ''}
  </author>
  <rights type="text">${xmlText(FEED_RIGHTS)}</rights>
  <generator>${xmlText(SITE_NAME)} build</generator>
${newest.map((e) => entry(e, o, name, occasion)).join('\n')}
</feed>
`
}

/** The <link> in every page's head that tells browsers and feed readers where the feed is. */
export function feedLinkAttrs(siteUrl: string | undefined): Record<string, string> {
  return {
    rel: 'alternate',
    type: 'application/atom+xml',
    title: FEED_TITLE,
    href: pageUrl(siteUrl, FEED_PATH) ?? `./${FEED_PATH}`,
  }
}
