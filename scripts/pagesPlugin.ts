import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import type { WireIndex } from '../src/data/indexFormat.ts'
import type * as Prerender from '../src/ssr/prerender.tsx'
import { CORPUS_PATHS } from './corpusFiles.ts'
import { embedPageHtml, eventPageHtml, homePageHtml, sitemapXml } from './eventPages.ts'
import { compileCatalog, readMessages } from './lib/catalog.ts'
import { localizePage, pageSpot, pageTexts } from './lib/pageLanguage.ts'
import { localPerson } from '../src/data/localize.ts'
import { LANGS, langPrefix, type Lang } from '../src/i18n/langs.ts'
import type { Corpus } from './lib/corpus.ts'

const RENDERER = resolve('src/ssr/prerender.tsx')

/**
 * Runs `run` with the build's React renderer, loaded through a Vite server of its own (TSX,
 * the app's modules, and the lazy ones it imports while rendering), closed afterwards.
 */
async function withRenderer<T>(run: (r: typeof Prerender) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return await run((await server.ssrLoadModule(RENDERER)) as typeof Prerender)
  } finally {
    await server.close()
  }
}

export type PagesOptions = {
  /** The validated corpus (the corpus plugin's). */
  corpus: () => Corpus
  /** Write event/<id>/index.html for every event; EVENT_PAGES=0 skips them (the benchmark's corpora). */
  eventPages?: boolean
  /** The site's public address, for canonical links, og:url and sitemap.xml (SITE_URL). */
  siteUrl?: string
  /** Each language's messages file (the catalogue plugin's), preloaded by its pages. */
  catalogue?: () => Map<Lang, { fileName: string }>
}

/**
 * Prerenders the home page into index.html (React's server renderer: the client hydrates it),
 * and writes a page per event, event/<id>/index.html, with sitemap.xml listing them. The dev
 * server serves event pages too, rendered when asked for.
 */
export function pagesPlugin({
  corpus,
  catalogue,
  eventPages = process.env.EVENT_PAGES !== '0',
  siteUrl = process.env.SITE_URL || undefined,
}: PagesOptions): Plugin {
  return {
    name: 'pages',
    // After the stylesheet is inlined into index.html: event pages copy the finished head.
    enforce: 'post',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(server.config.base, '/')
        const spot = pageSpot(path.slice(1))
        const m = spot && /^event\/([^/]+)\/$/.exec(spot.path)
        if (!spot || !m) return next()
        const c = corpus()
        const event = c.events.find((e) => e.id === m[1])
        if (!event) return next()
        void (async () => {
          const { readFileSync } = await import('node:fs')
          const r = (await server.ssrLoadModule(RENDERER)) as typeof Prerender
          r.setMessages(spot.lang, compileCatalog(spot.lang))
          const wire = JSON.parse(
            (await import('./corpusFiles.ts')).corpusFiles(c).get(CORPUS_PATHS.index(spot.lang))!(),
          ) as WireIndex
          const template = await server.transformIndexHtml(path, readFileSync('index.html', 'utf8'))
          const texts = pageTexts()
          const html = eventPageHtml(template, event, {
            people: c.people,
            article: r.renderEvent(event, r.decode(wire)),
            siteUrl,
            lang: spot.lang,
            siteName: texts('site.name', spot.lang),
          })
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.end(html)
        })().catch(next)
      })
    },
    // The dev server's pages, in the language their address says (the build writes them below).
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.server) return html
        const spot = pageSpot(decodeURIComponent((ctx.originalUrl ?? ctx.path).split('?')[0]).slice(1)) ?? {
          lang: 'en' as const,
          path: '',
        }
        const page = localizePage(html, { spot, texts: pageTexts(), siteUrl, pinned: spot.path === 'embed/' })
        return spot.path === 'embed/' ? embedPageHtml(page, '') : page
      },
    },
    async generateBundle(_options, bundle) {
      const html = bundle['index.html']
      if (html?.type !== 'asset' || typeof html.source !== 'string') return
      const started = performance.now()
      const wires = new Map<Lang, WireIndex>()
      for (const lang of LANGS) {
        const index = bundle[CORPUS_PATHS.index(lang)]
        if (index?.type !== 'asset') return
        wires.set(
          lang,
          JSON.parse(
            typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source),
          ) as WireIndex,
        )
      }
      const template = html.source
      const c = corpus()
      const messages = readMessages()
      const texts = pageTexts(messages)
      const messagesOf = (lang: Lang) => catalogue?.().get(lang)?.fileName
      const pages = await withRenderer(async (r) => {
        const out: { fileName: string; source: string }[] = []
        for (const lang of LANGS) {
          // One language at a time: the renderer speaks the language it was given last.
          r.setMessages(lang, compileCatalog(lang, messages))
          const page = (path: string) =>
            localizePage(template, {
              spot: { lang, path },
              texts,
              siteUrl,
              messagesFile: messagesOf(lang),
              pinned: path === 'embed/',
            })
          const wire = wires.get(lang)!
          out.push({
            fileName: `${langPrefix(lang)}index.html`,
            source: homePageHtml(page(''), await r.renderHome(wire, eventPages), eventPages, {
              note: texts('site.noscript', lang),
              pages: texts('site.noscriptPages', lang),
            }),
          })
          out.push({
            fileName: `${langPrefix(lang)}embed/index.html`,
            source: embedPageHtml(page('embed/'), await r.renderHome(wire, eventPages, true)),
          })
          if (!eventPages) continue
          const decoded = r.decode(wire)
          const siteName = texts('site.name', lang)
          for (const event of c.events)
            out.push({
              fileName: `${langPrefix(lang)}event/${event.id}/index.html`,
              source: eventPageHtml(page(`event/${event.id}/`), event, {
                people: c.people.map((p) => localPerson(p, lang)),
                article: r.renderEvent(event, decoded),
                siteUrl,
                lang,
                siteName,
              }),
            })
        }
        return out
      })
      for (const page of pages) {
        if (page.fileName === 'index.html') html.source = page.source
        else this.emitFile({ type: 'asset', ...page })
      }
      if (!eventPages) return
      this.emitFile({
        type: 'asset',
        fileName: 'sitemap.xml',
        source: sitemapXml(
          siteUrl,
          c.events.map((e) => e.id),
        ),
      })
      if (!siteUrl)
        this.warn(
          'SITE_URL is not set: sitemap.xml, the canonical links and the language alternates hold relative addresses. Build with SITE_URL=https://… (the address the site is served from) for absolute ones, as the sitemap protocol asks.',
        )
      this.info?.(
        `prerendered ${pages.length} pages (the home page and ${c.events.length} event pages in ${LANGS.length} languages) in ${Math.round(performance.now() - started)} ms`,
      )
    },
  }
}
