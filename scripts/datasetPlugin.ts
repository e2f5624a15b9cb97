import { readFileSync } from 'node:fs'
import type { Plugin, ViteDevServer } from 'vite'
import { CITATION_FILE } from './lib/citation.ts'
import { datasetFiles, type DatasetOptions } from './datasetFiles.ts'
import { feedLinkAttrs } from './feed.ts'
import type { Corpus } from './lib/corpus.ts'

export type DatasetPluginOptions = DatasetOptions & {
  /** The validated corpus (the corpus plugin's). */
  corpus: () => Corpus
}

/**
 * Publishes the whole corpus at fixed addresses (data/events.json, data/events.csv, the
 * schema beside them) and feed.xml: written into dist/ by `vite build`, served from memory
 * by the dev server. Every page's head links the feed: the home page through this hook,
 * and the event pages, which copy the home page's head (scripts/pagesPlugin.ts).
 */
export function datasetPlugin({
  corpus,
  siteUrl = process.env.SITE_URL || undefined,
  eventPages = process.env.EVENT_PAGES !== '0',
  schemaFile,
}: DatasetPluginOptions): Plugin {
  const options = { siteUrl, eventPages, schemaFile }
  return {
    name: 'dataset',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(server.config.base, '/')
        let file
        let body: string
        try {
          file = datasetFiles(corpus(), options).get(path.slice(1))
          if (!file) return next()
          body = file.make()
        } catch (e) {
          res.statusCode = 500
          res.end((e as Error).message)
          return
        }
        res.setHeader('Content-Type', file.type)
        res.end(body)
      })
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: feedLinkAttrs(siteUrl), injectTo: 'head' }]
    },
    generateBundle() {
      // DATASET=0 skips the published files: the benchmark's synthetic corpora (hundreds of MB at 100,000).
      if (process.env.DATASET === '0') return
      for (const [fileName, { make }] of datasetFiles(corpus(), options))
        this.emitFile({ type: 'asset', fileName, source: make() })
      // How to cite it, beside it (the footer links it).
      this.emitFile({ type: 'asset', fileName: 'CITATION.cff', source: readFileSync(CITATION_FILE, 'utf8') })
      if (!siteUrl)
        this.warn(
          'SITE_URL is not set: feed.xml holds relative addresses (relative to feed.xml itself). Build with SITE_URL=https://… for absolute ones, as feed readers prefer.',
        )
    },
  }
}
