import { eventWords } from '../src/data/localize.ts'
import type { Event, Person } from '../src/data/schema.ts'
import { LANGS, langPrefix, type Lang } from '../src/i18n/langs.ts'
import { escapeHtml } from '../src/ui/html.ts'
import { jsonLd, pageUrl, scriptJson } from './jsonLd.ts'

// Each event's own page (event/<id>/index.html), written from the built index.html: the same
// header, styles and script, the event's content in #root, and a head that says what the page
// is to search engines, archives and link previews.

const DESCRIPTION_MAX = 300

function description(summary: string): string {
  if (summary.length <= DESCRIPTION_MAX) return summary
  const cut = summary.slice(0, DESCRIPTION_MAX - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : cut.length)}…`
}

/** What an event's page needs besides the event: its language and the words of its frame. */
export type EventPageOptions = {
  people: readonly Person[]
  /** The content for #root (src/ssr/prerender.tsx). */
  article: string
  siteUrl: string | undefined
  lang: Lang
  /** The site's name in `lang`. */
  siteName: string
}

/**
 * An event's page from the page template in its language, placed at event/<id>/ (see
 * scripts/lib/pageLanguage.ts, which has made every relative address reach the site's root
 * from there): a head that says what the page is, the event's content in #root.
 */
export function eventPageHtml(
  template: string,
  event: Event,
  { people, article, siteUrl, lang, siteName }: EventPageOptions,
): string {
  const url = pageUrl(siteUrl, `${langPrefix(lang)}event/${encodeURIComponent(event.id)}/`)
  const words = eventWords(event, lang)
  const title = escapeHtml(words.title)
  const summary = escapeHtml(description(words.summary))
  const site = escapeHtml(siteName)
  const head = [
    `<link rel="canonical" href="${url ?? './'}" />`,
    `<meta name="app-root" content="../../" />`,
    `<meta name="event-pages" content="yes" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${site}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${summary}" />`,
    ...(url ? [`<meta property="og:url" content="${url}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${summary}" />`,
    `<script type="application/ld+json">${scriptJson(jsonLd(event, people, url, siteName, lang))}</script>`,
  ].join('\n    ')
  return replaceOnce(
    replaceOnce(
      replaceOnce(
        replaceOnce(
          // The stylesheet the home page inlines: linked here, one cached copy for every page.
          template.replace(
            /<style data-inlined-from="([^"]+)">[\s\S]*?<\/style>/,
            (_m, href: string) => `<link rel="stylesheet" href="${href}" />`,
          ),
          /<title[^>]*>[^<]*<\/title>/,
          `<title>${title} · ${site}</title>`,
        ),
        /<meta\s+name="description"(\s+data-i18n-content="[^"]*")?\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${summary}" />\n    ${head}`,
      ),
      /(<h1[^>]*>)([^<]*)(<\/h1>)/,
      `$1<a href="../../" class="hover:underline">$2</a>$3`,
    ),
    ROOT,
    `<div id="root" data-prerendered="event">${article}</div>`,
  )
}

/** Open Graph's locale for each language. */
const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', ko: 'ko_KR', ru: 'ru_RU' }

/** The home page's #root as index.html has it, before the build fills it. */
export const ROOT = /<div id="root">[\s\S]*?<\/div>/

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}: the page template changed`)
  return html.replace(pattern, replacement)
}

/**
 * The home page (the template in its language) with its prerendered content, and what a
 * reader without JavaScript needs to know (`noscript`, in the page's language).
 */
export function homePageHtml(
  template: string,
  content: string,
  eventPages: boolean,
  noscript: { note: string; pages: string },
): string {
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
  const note = `<noscript><p class="mx-auto max-w-[1600px] px-4 pt-3 text-sm text-slate-700">${escapeHtml(noscript.note)}${eventPages ? ` ${escapeHtml(noscript.pages)}` : ''}</p></noscript>`
  return replaceOnce(withMeta, ROOT, `${note}\n    <div id="root" data-prerendered="home">${content}</div>`)
}

/**
 * The embed page (embed/, for another site's <iframe>): the template in its language without
 * the site's header, description and footer (the article around it has its own), the view
 * alone in #root under a bar linking to the site. Kept out of search engines: the home page
 * is the same content.
 */
export function embedPageHtml(template: string, content: string): string {
  if (/<script\b/i.test(content))
    throw new Error(
      'The prerendered embed page holds an inline <script>, which its Content-Security-Policy blocks.',
    )
  const bare = replaceOnce(
    replaceOnce(
      replaceOnce(template, /\s*<header\b[\s\S]*?<\/header>/, ''),
      /\s*<section\b[^>]*data-i18n-aria="site.aboutLabel"[\s\S]*?<\/section>/,
      '',
    ),
    /\s*<footer\b[\s\S]*?<\/footer>/,
    '',
  )
  return replaceOnce(
    replaceOnce(
      bare,
      /(<meta charset="UTF-8" \/>)/i,
      `$1\n    <meta name="embed" content="yes" />\n    <meta name="app-root" content="../" />\n    <meta name="robots" content="noindex" />`,
    ),
    ROOT,
    `<div id="root" data-prerendered="embed">${content}</div>`,
  ).replace(/<body class="([^"]*)"/, '<body class="$1 embed"')
}

/**
 * sitemap.xml: the home page and every event's page, in every language, each with its
 * alternates in the others (xhtml:link, as search engines read them).
 */
export function sitemapXml(siteUrl: string | undefined, ids: readonly string[]): string {
  const loc = (path: string) => escapeHtml(pageUrl(siteUrl, path) ?? (path || './'))
  const paths = ['', ...ids.map((id) => `event/${encodeURIComponent(id)}/`)]
  const entries = paths.flatMap((path) =>
    LANGS.map((lang) => {
      const alternates = [...LANGS, 'x-default' as const].map(
        (l) =>
          `    <xhtml:link rel="alternate" hreflang="${l}" href="${loc(`${langPrefix(l === 'x-default' ? 'en' : l)}${path}`)}" />`,
      )
      return `  <url>\n    <loc>${loc(`${langPrefix(lang)}${path}`)}</loc>\n${alternates.join('\n')}\n  </url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
}
