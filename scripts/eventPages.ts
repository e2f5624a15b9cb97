import type { Event, Person } from '../src/data/schema.ts'
import { SITE_NAME } from '../src/detail/citation.ts'
import { escapeHtml } from '../src/ui/html.ts'

// Each event's own page (event/<id>/index.html), written from the built index.html: the same
// header, styles and script, the event's content in #root, and a head that says what the page
// is to search engines, archives and link previews.

const MESSAGE_KINDS = new Set(['message', 'telegram', 'letter', 'greeting-card', 'condolence'])

/** JSON inside <script type="application/ld+json">: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

/** The address of a page below the site's root, absolute when the site's address is known. */
export function pageUrl(siteUrl: string | undefined, path: string): string | undefined {
  return siteUrl ? new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : undefined
}

/** schema.org data for an event's page: the page, the message or meeting, its sources. */
export function jsonLd(event: Event, people: readonly Person[], url: string | undefined): object {
  const person = (id: string) => {
    const p = people.find((x) => x.id === id)
    return { '@type': 'Person', name: p?.name ?? id, ...(p?.office ? { jobTitle: p.office } : {}) }
  }
  const thing = MESSAGE_KINDS.has(event.kind)
    ? {
        '@type': 'Message',
        name: event.title,
        description: event.summary,
        dateSent: event.date,
        sender: event.from.map(person),
        recipient: event.to.map(person),
      }
    : {
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        startDate: event.date,
        attendee: [...event.from, ...event.to].map(person),
      }
  // The page is in English, with the message's own words in the languages they were published in.
  const languages = [...new Set(['en', ...(event.texts ?? []).map((t) => t.lang)])]
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: event.title,
    description: event.summary,
    inLanguage: languages.length === 1 ? languages[0] : languages,
    ...(url ? { url } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME },
    mainEntity: thing,
    citation: event.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title ?? s.publisher,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.url ? { url: s.url } : {}),
    })),
  }
}

const DESCRIPTION_MAX = 300

function description(summary: string): string {
  if (summary.length <= DESCRIPTION_MAX) return summary
  const cut = summary.slice(0, DESCRIPTION_MAX - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : cut.length)}…`
}

/**
 * An event's page from the built home page (`template`, before its #root is filled):
 * everything the home page links relatively now comes from two folders up.
 */
export function eventPageHtml(
  template: string,
  event: Event,
  people: readonly Person[],
  article: string,
  siteUrl: string | undefined,
): string {
  const url = pageUrl(siteUrl, `event/${encodeURIComponent(event.id)}/`)
  const title = escapeHtml(event.title)
  const summary = escapeHtml(description(event.summary))
  const head = [
    `<link rel="canonical" href="${url ?? './'}" />`,
    `<meta name="app-root" content="../../" />`,
    `<meta name="event-pages" content="yes" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${summary}" />`,
    ...(url ? [`<meta property="og:url" content="${url}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${summary}" />`,
    `<script type="application/ld+json">${scriptJson(jsonLd(event, people, url))}</script>`,
  ].join('\n    ')
  return replaceOnce(
    replaceOnce(
      replaceOnce(
        replaceOnce(
          template
            // The stylesheet the home page inlines: linked here, one cached copy for every page.
            .replace(
              /<style data-inlined-from="([^"]+)">[\s\S]*?<\/style>/,
              (_m, href: string) => `<link rel="stylesheet" href="${href}" />`,
            )
            .replace(/(href|src)="\.\//g, '$1="../../'),
          /<title>[^<]*<\/title>/,
          `<title>${title} · ${escapeHtml(SITE_NAME)}</title>`,
        ),
        /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${summary}" />\n    ${head}`,
      ),
      /(<h1[^>]*>)([^<]*)(<\/h1>)/,
      `$1<a href="../../" class="hover:underline">$2</a>$3`,
    ),
    ROOT,
    `<div id="root" data-prerendered="event">${article}</div>`,
  )
}

/** The home page's #root as index.html has it, before the build fills it. */
export const ROOT = /<div id="root">[\s\S]*?<\/div>/

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}: the page template changed`)
  return html.replace(pattern, replacement)
}

/** The home page with its prerendered content, and what a reader without JavaScript needs to know. */
export function homePageHtml(template: string, content: string, eventPages: boolean): string {
  if (/<script\b/i.test(content))
    throw new Error(
      'The prerendered home page holds an inline <script>, which its Content-Security-Policy blocks: render every part in place (see src/ssr/prerender.tsx).',
    )
  const withMeta = eventPages
    ? replaceOnce(
        template,
        /(<meta charset="UTF-8" \/>)/i,
        `$1\n    <meta name="event-pages" content="yes" />`,
      )
    : template
  const note = `<noscript><p class="mx-auto max-w-[1600px] px-4 pt-3 text-sm text-slate-700">JavaScript is off, so the timeline below is a still picture: search, filters and zoom need it. ${eventPages ? 'Every event in the list links to its own page.' : ''}</p></noscript>`
  return replaceOnce(withMeta, ROOT, `${note}\n    <div id="root" data-prerendered="home">${content}</div>`)
}

/** sitemap.xml: the home page and every event's page. */
export function sitemapXml(siteUrl: string | undefined, ids: readonly string[]): string {
  const loc = (path: string) => escapeHtml(pageUrl(siteUrl, path) ?? path)
  const urls = ['', ...ids.map((id) => `event/${encodeURIComponent(id)}/`)]
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${loc(u || './')}</loc></url>`).join('\n')}
</urlset>
`
}
