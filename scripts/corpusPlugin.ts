import { relative, resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { CORPUS_PATHS, corpusFiles } from './corpusFiles.ts'
import { formatProblem } from '../src/data/problems.ts'
import { readCorpus, type Corpus } from './lib/corpus.ts'
import { LANG_SCRIPT_HASH } from './lib/pageLanguage.ts'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Scripts from the site, and the one inline script that picks the page's language.
  `script-src 'self' ${LANG_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
/** Throws one error whose lines are the corpus problems, `file: path: message` each. */
function loadOrFail(dataDir: string): Corpus {
  const corpus = readCorpus(dataDir)
  if (corpus.problems.length > 0) {
    const lines = corpus.problems.map(formatProblem)
    throw new Error(
      `${relative(process.cwd(), dataDir) || '.'}/ has ${lines.length} problem${lines.length === 1 ? '' : 's'}; fix ${lines.length === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`,
    )
  }
  return corpus
}

/**
 * Validates data/ at build time (a bad file fails the build) and serves the corpus as the
 * compact index plus one detail file per event: emitted into dist/ by `vite build`, served
 * from memory by the dev server. CORPUS_DIR points it at another corpus (the benchmark's).
 */
export function corpusPlugin(
  dataDir = process.env.CORPUS_DIR ?? 'data',
): Plugin & { api: { corpus: () => Corpus } } {
  const dir = resolve(dataDir)
  let corpus: Corpus | undefined
  const current = () => (corpus ??= loadOrFail(dir))
  return {
    name: 'corpus',
    /** The validated corpus, for the pages plugin. */
    api: { corpus: current },
    buildStart() {
      corpus = undefined
      current()
      this.addWatchFile(dir)
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir)
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(dir)) corpus = undefined
      })
      let files: Map<string, () => string> | undefined
      let filesOf: Corpus | undefined
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0].replace(server.config.base, '/'))
        if (!url.startsWith('/corpus/')) return next()
        let body: string | undefined
        try {
          const c = current()
          if (filesOf !== c) [files, filesOf] = [corpusFiles(c), c]
          body = files?.get(url.slice(1))?.()
        } catch (e) {
          res.statusCode = 500
          res.end((e as Error).message)
          return
        }
        if (body === undefined) {
          res.statusCode = 404
          res.end('{"error":"no such file"}')
          return
        }
        res.setHeader('Content-Type', 'application/json')
        res.end(body)
      })
    },
    transformIndexHtml(html, ctx) {
      // The built app runs under a strict policy: no inline or foreign script, no plugins,
      // no <base>, requests only to its own origin. The dev server needs inline scripts for
      // hot reload, so the policy is added to builds only, right after the charset.
      const withPolicy = ctx.server
        ? html
        : html.replace(
            /(<meta charset="UTF-8" \/>)/i,
            `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          )
      return {
        html: withPolicy,
        tags: [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${CORPUS_PATHS.index('en')}`,
              as: 'fetch',
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          },
        ],
      }
    },
    generateBundle() {
      for (const [fileName, make] of corpusFiles(current()))
        this.emitFile({ type: 'asset', fileName, source: make() })
    },
  }
}
