import { readFileSync } from 'node:fs'
import { RelaxNGValidator, XmlDocument, XmlElement, type XmlNode } from 'libxml2-wasm'

// An offline Atom 1.0 validator for the tests: libxml2 (compiled to WebAssembly, npm
// libxml2-wasm) parses the feed as XML and validates it against tests/formats/atom.rng (the
// structure RFC 4287 defines), and the rules below check what a RELAX NG schema cannot
// state. Each problem is one readable line.

const NS = { a: 'http://www.w3.org/2005/Atom' }

const RNG = new URL('./atom.rng', import.meta.url)

let validator: RelaxNGValidator | undefined
const rng = () => (validator ??= RelaxNGValidator.fromDoc(XmlDocument.fromString(readFileSync(RNG, 'utf8'))))

/** Link relations RFC 4287 and the IANA registry it started name; anything else must be an IRI. */
const REGISTERED_RELS = new Set([
  'alternate',
  'related',
  'self',
  'enclosure',
  'via',
  'first',
  'last',
  'next',
  'previous',
  'replies',
  'license',
  'edit',
])

/** An absolute IRI: a scheme, then no white space (RFC 3987; atom:id must not be relative, 4.2.6). */
export const isAbsoluteIri = (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/u.test(s)

/**
 * An RFC 3339 date-time as Atom writes it (3.3): upper-case T and Z, an offset, and a real
 * day and time (2023-02-29 and 24:00:00 are refused).
 */
export function isRfc3339(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/.exec(s)
  if (!m) return false
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number)
  const day = new Date(Date.UTC(y, mo - 1, d))
  const offsetOk = m[8] === 'Z' || (Number(m[9]) <= 23 && Number(m[10]) <= 59)
  return (
    day.getUTCFullYear() === y &&
    day.getUTCMonth() === mo - 1 &&
    day.getUTCDate() === d &&
    h <= 23 &&
    mi <= 59 &&
    sec <= 60 &&
    offsetOk
  )
}

export type AtomLink = { rel: string; type?: string; hreflang?: string; href: string; title?: string }
export type AtomEntry = {
  id: string
  title: string
  updated: string
  published?: string
  summary?: string
  /** The text of the content (for XHTML, the div's text). */
  content?: string
  /** The href of every link in the content (XHTML). */
  contentLinks: string[]
  links: AtomLink[]
  authors: string[]
  categories: string[]
}
export type AtomFeed = Omit<AtomEntry, 'published' | 'summary' | 'content' | 'contentLinks'> & {
  entries: AtomEntry[]
}

const elements = (node: XmlNode, xpath: string) =>
  node.find(xpath, NS).filter((n): n is XmlElement => n instanceof XmlElement)
const text = (node: XmlNode, xpath: string) => node.get(xpath, NS)?.content
const attr = (el: XmlElement, name: string) => el.attr(name)?.value

function linksOf(node: XmlNode): AtomLink[] {
  return elements(node, 'a:link').map((l) => ({
    rel: attr(l, 'rel') ?? 'alternate',
    type: attr(l, 'type'),
    hreflang: attr(l, 'hreflang'),
    href: attr(l, 'href') ?? '',
    title: attr(l, 'title'),
  }))
}

function common(node: XmlNode) {
  return {
    id: text(node, 'a:id') ?? '',
    title: text(node, 'a:title') ?? '',
    updated: text(node, 'a:updated') ?? '',
    links: linksOf(node),
    authors: elements(node, 'a:author/a:name').map((n) => n.content),
    categories: elements(node, 'a:category').map((c) => attr(c, 'term') ?? ''),
  }
}

/** The rules of RFC 4287 that its structure does not carry, for the feed or one entry. */
function ruleProblems(where: string, item: ReturnType<typeof common>): string[] {
  const problems: string[] = []
  if (!isAbsoluteIri(item.id)) problems.push(`${where}: atom:id "${item.id}" is not an absolute IRI (4.2.6)`)
  if (!isRfc3339(item.updated))
    problems.push(`${where}: atom:updated "${item.updated}" is not an RFC 3339 date-time (3.3)`)
  const seen = new Set<string>()
  for (const l of item.links) {
    if (!REGISTERED_RELS.has(l.rel) && !isAbsoluteIri(l.rel))
      problems.push(`${where}: link rel "${l.rel}" is neither a registered relation nor an IRI (4.2.7.2)`)
    if (l.rel !== 'alternate') continue
    const key = `${l.type ?? ''} ${l.hreflang ?? ''}`
    if (seen.has(key))
      problems.push(
        `${where}: more than one alternate link with type "${l.type ?? ''}" and hreflang "${l.hreflang ?? ''}" (4.1.1, 4.1.2)`,
      )
    seen.add(key)
  }
  return problems
}

/**
 * Parses and checks an Atom feed document. `problems` is empty when it is well-formed XML,
 * matches atom.rng, and keeps these rules of RFC 4287: ids are absolute IRIs, dates are
 * RFC 3339, an author at feed level or in every entry (4.1.1), an entry without content has
 * an alternate link (4.1.2), an entry with out-of-line content has a summary, at most one
 * alternate link per type and language, link relations registered or IRIs, and entry ids
 * unique within the feed.
 */
export function checkAtom(xml: string): { problems: string[]; feed?: AtomFeed } {
  let doc: XmlDocument
  try {
    doc = XmlDocument.fromString(xml)
  } catch (e) {
    return { problems: [`not well-formed XML: ${(e as Error).message.trim()}`] }
  }
  try {
    const problems: string[] = []
    try {
      rng().validate(doc)
    } catch (e) {
      problems.push(
        ...(e as Error).message
          .trim()
          .split('\n')
          .map((line) => `atom.rng: ${line}`),
      )
    }
    const root = doc.root
    if (root.name !== 'feed' || root.namespaceUri !== NS.a)
      return { problems: [...problems, `the root is ${root.name} in ${root.namespaceUri}, not atom:feed`] }
    const feed = common(root)
    problems.push(...ruleProblems('feed', feed))
    const ids = new Set<string>()
    const entries = elements(root, 'a:entry').map((node, i): AtomEntry => {
      const entry = common(node)
      const where = `entry ${i + 1} (${entry.id})`
      problems.push(...ruleProblems(where, entry))
      if (feed.authors.length === 0 && entry.authors.length === 0)
        problems.push(`${where}: no atom:author in the entry and none in the feed (4.1.1)`)
      const content = elements(node, 'a:content')[0]
      if (!content && !entry.links.some((l) => l.rel === 'alternate'))
        problems.push(`${where}: no atom:content and no alternate link (4.1.2)`)
      if (content && attr(content, 'src') !== undefined && !text(node, 'a:summary'))
        problems.push(`${where}: out-of-line content and no atom:summary (4.1.2)`)
      if (ids.has(entry.id)) problems.push(`${where}: the id of an earlier entry`)
      ids.add(entry.id)
      const published = text(node, 'a:published')
      if (published !== undefined && !isRfc3339(published))
        problems.push(`${where}: atom:published "${published}" is not an RFC 3339 date-time (3.3)`)
      return {
        ...entry,
        published,
        summary: text(node, 'a:summary'),
        content: content?.content,
        contentLinks: content
          ? content.find('.//x:a/@href', { x: 'http://www.w3.org/1999/xhtml' }).map((a) => a.content)
          : [],
      }
    })
    return { problems, feed: { ...feed, entries } }
  } finally {
    doc.dispose()
  }
}
