import { createHash } from 'node:crypto'
import { isLang, LANG_NAMES, LANG_SHORT, LANGS, langPrefix, type Lang } from '../../src/i18n/langs.ts'
import { escapeHtml } from '../../src/ui/html.ts'
import { dayTime } from '../../src/data/dates.ts'
import { RELEASE } from '../../src/data/release.ts'
import { dateFormat } from '../../src/i18n/format.ts'
import { readMessages, type Message } from './catalog.ts'

// Every page is written in each interface language: the English at the site's root, the
// Korean below ko/, the Russian below ru/. This file turns the built index.html into one
// language's page at one place: its words (elements marked data-i18n), <html lang>, the
// switch in the header, hreflang alternates, its own corpus index and messages preloaded,
// and relative addresses that reach the site's root from where the page is.

/**
 * The one inline script, first in <body>'s way: on a page that is not in the reader's language,
 * it goes to the same page in it before anything is drawn. The language is `lang=` in the
 * address, else (on the English pages, which are the default) the one the reader chose in
 * the header's switch before, else the browser's first preferred language we have. The
 * alternates (<link rel="alternate" hreflang>) say where the page is in each language.
 * The page's policy allows this script by its hash (LANG_SCRIPT_HASH), no other inline one.
 */
export const LANG_SCRIPT = `(function(){try{var d=document,l=location;d.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("nav[data-langs] a[hreflang]");if(a)try{localStorage.setItem("lang",a.hreflang)}catch(x){}},!0);var q=new URLSearchParams(l.search),w=q.get("lang"),h=d.documentElement.lang;if(!w){if(!d.querySelector('meta[name="lang-default"]'))return;var s=null;try{s=localStorage.getItem("lang")}catch(e){}var p=s?[s]:navigator.languages||[navigator.language];for(var i=0;i<p.length;i++){var b=String(p[i]).toLowerCase().split("-")[0];if(b===h)return;if(b==="en"||b==="ko"||b==="ru"){w=b;break}}}if(!w||w===h)return;var a=d.querySelector('link[rel="alternate"][hreflang="'+w+'"]');if(!a)return;q.delete("lang");var u=new URL(a.href);u.search=q.toString();u.hash=l.hash;l.replace(u.href)}catch(e){}})()`

/** The hash by which the page's Content-Security-Policy allows LANG_SCRIPT. */
export const LANG_SCRIPT_HASH = `'sha256-${createHash('sha256').update(LANG_SCRIPT).digest('base64')}'`

/** Where a page is: its language, and its path below that language's home ("" or "event/<id>/"). */
export type PageSpot = { lang: Lang; path: string }

/** The page's path below the site's root. */
export function sitePath(spot: PageSpot): string {
  return `${langPrefix(spot.lang)}${spot.path}`
}

/** How many folders below the site's root the page is. */
export function depth(spot: PageSpot): number {
  return sitePath(spot).split('/').length - 1
}

/** From the page to the site's root: "./", "../", "../../", … */
export function toRoot(spot: PageSpot): string {
  return depth(spot) === 0 ? './' : '../'.repeat(depth(spot))
}

/** The texts of static messages (no placeholders) by language, for pages written at build time. */
export function pageTexts(messages: readonly Message[] = readMessages()): (id: string, lang: Lang) => string {
  const byId = new Map(messages.map((m) => [m.id, m.entry]))
  return (id, lang) => {
    const entry = byId.get(id)
    const text = entry?.[lang] ?? entry?.en
    if (text === undefined) throw new Error(`index.html asks for the message "${id}", which no catalogue has`)
    return text
  }
}

/** The address of `spot` in `lang`: absolute with the site's address, else relative to `from`. */
export function addressIn(
  spot: PageSpot,
  lang: Lang,
  siteUrl: string | undefined,
  from: PageSpot = spot,
): string {
  const path = sitePath({ lang, path: spot.path })
  if (siteUrl) return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
  return `${toRoot(from)}${path}` || './'
}

export type LocalizeOptions = {
  spot: PageSpot
  texts: (id: string, lang: Lang) => string
  siteUrl?: string
  /** The page's language's messages, from the site's root ("assets/messages-ko-….json"), preloaded. */
  messagesFile?: string
  /**
   * The page stays in its language whatever the reader's browser prefers (the embed page: the
   * article's author chose the language in the snippet). Only lang= moves it.
   */
  pinned?: boolean
}

function replaceOnce(
  html: string,
  pattern: RegExp,
  replacement: string | ((...m: string[]) => string),
): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}: the page template changed`)
  return html.replace(pattern, replacement as (...m: string[]) => string)
}

/**
 * The built index.html (its #root not yet filled) as the page at `spot`: in its language,
 * with the language switch and the alternates, every relative address reaching from there.
 */
export function localizePage(
  html: string,
  { spot, texts, siteUrl, messagesFile, pinned = false }: LocalizeOptions,
): string {
  const { lang } = spot
  // The footer's release: the version and its date as the page's language writes dates.
  const values: Record<string, string> = {
    version: RELEASE.version,
    date: dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }, lang).format(dayTime(RELEASE.date)),
  }
  const say = (id: string) =>
    escapeHtml(texts(id, lang).replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m))
  let out = html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    // Elements whose words are a message: their text, an aria-label, a content attribute.
    .replace(
      /(<(\w+)\b[^>]*\bdata-i18n="([^"]+)"[^>]*>)[^<]*(<\/\2>)/g,
      (_m, open: string, _tag: string, id: string, close: string) => `${open}${say(id)}${close}`,
    )
    .replace(
      /(<\w+\b[^>]*?)\baria-label="[^"]*"([^>]*\bdata-i18n-aria="([^"]+)")/g,
      (_m, a: string, b: string, id: string) => `${a}aria-label="${say(id)}"${b}`,
    )
    .replace(
      /(<\w+\b[^>]*?)\bdata-i18n-content="([^"]+)"(\s+)content="[^"]*"/g,
      (_m, a: string, id: string, sp: string) => `${a}data-i18n-content="${id}"${sp}content="${say(id)}"`,
    )
  // The feed's name, as a feed reader offered it shows it.
  out = out.replace(
    /(<link rel="alternate" type="application\/atom\+xml" title=")[^"]*"/,
    `$1${say('site.feedTitle')}"`,
  )
  // Relative addresses (assets, the corpus, the feed) from where the page is to the site's root.
  const root = toRoot(spot)
  if (root !== './') out = out.replace(/((?:href|src|data-inlined-from)=")\.\//g, `$1${root}`)
  if (lang !== 'en') {
    out = out.replace(/(href="[^"]*)corpus\/index\.json"/, `$1corpus/${lang}/index.json"`)
    // The app's home is this language's folder; the corpus and the assets stay at the root.
    out = replaceOnce(
      out,
      /(<meta charset="UTF-8" \/>)/i,
      `$1\n    <meta name="site-root" content="${root}" />`,
    )
  }
  const links = LANGS.map((l) => {
    const current = l === lang ? ' aria-current="page"' : ''
    const style = l === lang ? 'bg-white/15 font-semibold' : 'hover:bg-white/10'
    // On a phone the names shrink to a short form beside the title; the link is named in full.
    return `<a href="${escapeHtml(addressIn(spot, l, undefined))}" hreflang="${l}" lang="${l}"${current} class="rounded px-2 py-1 ${style} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"><span aria-hidden="true" class="sm:hidden">${LANG_SHORT[l]}</span><span class="sr-only sm:not-sr-only">${LANG_NAMES[l]}</span></a>`
  }).join('')
  out = replaceOnce(out, /(<nav\b[^>]*\bdata-langs\b[^>]*>)\s*(<\/nav>)/, `$1${links}$2`)
  const head = [
    ...LANGS.map(
      (l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(addressIn(spot, l, siteUrl))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(addressIn(spot, 'en', siteUrl))}" />`,
    ...(messagesFile
      ? [`<link rel="preload" href="${root}${messagesFile}" as="fetch" crossorigin="anonymous" />`]
      : []),
    ...(lang === 'en' && !pinned ? ['<meta name="lang-default" content="yes" />'] : []),
    `<script>${LANG_SCRIPT}</script>`,
  ].join('\n    ')
  return replaceOnce(out, /(\s*)<\/head>/, `\n    ${head}$1</head>`)
}

/** Which language's page an address below the site's root is, and where in it; undefined for a file. */
export function pageSpot(path: string): { lang: Lang; path: string } | undefined {
  const m = /^(ko|ru)\/(.*)$/.exec(path)
  const lang: Lang = m && isLang(m[1]) ? m[1] : 'en'
  const rest = m ? m[2] : path
  if (
    rest !== '' &&
    rest !== 'index.html' &&
    !/^embed\/(index\.html)?$/.test(rest) &&
    !/^event\/[^/]+\/(index\.html)?$/.test(rest)
  )
    return undefined
  return { lang, path: rest.replace(/index\.html$/, '') }
}
