import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import type { WireIndex } from '../src/data/indexFormat.ts'
import type * as Prerender from '../src/ssr/prerender.tsx'
import { CORPUS_PATHS } from './corpusFiles.ts'
import { eventPageHtml, homePageHtml, sitemapXml } from './eventPages.ts'
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
}

/**
 * Prerenders the home page into index.html (React's server renderer: the client hydrates it),
 * and writes a page per event, event/<id>/index.html, with sitemap.xml listing them. The dev
 * server serves event pages too, rendered when asked for.
 */
export function pagesPlugin({
  corpus,
  eventPages = process.env.EVENT_PAGES !== '0',
  siteUrl = process.env.SITE_URL || undefined,
}: PagesOptions): Plugin {
  return {
    name: 'pages',
    // After the stylesheet is inlined into index.html: event pages copy the finished head.
    enforce: 'post',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0])
        const m = /^\/event\/([^/]+)\/(index\.html)?$/.exec(path.replace(server.config.base, '/'))
        if (!m) return next()
        const c = corpus()
        const event = c.events.find((e) => e.id === m[1])
        if (!event) return next()
        void (async () => {
          const { readFileSync } = await import('node:fs')
          const r = (await server.ssrLoadModule(RENDERER)) as typeof Prerender
          const wire = JSON.parse(
            (await import('./corpusFiles.ts')).corpusFiles(c).get(CORPUS_PATHS.index)!(),
          ) as WireIndex
          const template = await server.transformIndexHtml('/', readFileSync('index.html', 'utf8'))
          const html = eventPageHtml(
            template.replace(/(src|href)="\//g, '$1="./'),
            event,
            c.people,
            r.renderEvent(event, r.decode(wire)),
            siteUrl,
          )
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.end(html)
        })().catch(next)
      })
    },
    async generateBundle(_options, bundle) {
      const html = bundle['index.html']
      const index = bundle[CORPUS_PATHS.index]
      if (html?.type !== 'asset' || typeof html.source !== 'string' || index?.type !== 'asset') return
      const started = performance.now()
      const wire = JSON.parse(
        typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source),
      ) as WireIndex
      const template = html.source
      const c = corpus()
      const pages = await withRenderer(async (r) => {
        const home = homePageHtml(template, await r.renderHome(wire, eventPages), eventPages)
        if (!eventPages) return { home, events: [] }
        const decoded = r.decode(wire)
        return {
          home,
          events: c.events.map((event) => ({
            fileName: `event/${event.id}/index.html`,
            source: eventPageHtml(template, event, c.people, r.renderEvent(event, decoded), siteUrl),
          })),
        }
      })
      html.source = pages.home
      if (!eventPages) return
      for (const page of pages.events) this.emitFile({ type: 'asset', ...page })
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
          'SITE_URL is not set: sitemap.xml and the canonical links hold relative addresses. Build with SITE_URL=https://… (the address the site is served from) for absolute ones, as the sitemap protocol asks.',
        )
      this.info?.(
        `prerendered the home page and ${c.events.length} event pages in ${Math.round(performance.now() - started)} ms`,
      )
    },
  }
}
