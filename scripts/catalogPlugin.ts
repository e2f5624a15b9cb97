import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { LANGS, type Lang } from '../src/i18n/langs.ts'
import { catalogProblems, compileCatalog, MESSAGES_DIR, readMessages, type Message } from './lib/catalog.ts'

const MODULE = 'virtual:messages'
/** Where the dev server serves a language's messages, below the site's root. */
const DEV_PATH = '__messages/'

/** Short keys for the build, "0" … "zz": the same in the code (t('a3')) and the catalogues. */
export function shortIds(messages: readonly Message[]): Map<string, string> {
  return new Map(
    [...messages]
      .map((m) => m.id)
      .sort()
      .map((id, i) => [id, i.toString(36)]),
  )
}

/** Every file of the app's code, for the ids it asks for. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((f) =>
    f.isDirectory()
      ? sources(join(dir, f.name))
      : /\.tsx?$/.test(f.name)
        ? [readFileSync(join(dir, f.name), 'utf8')]
        : [],
  )
}

/**
 * The messages the app asks for in its code (src/): the ones only the build writes into the
 * pages (index.html's header and footer, the notes for readers without JavaScript) stay out
 * of what the browser loads.
 */
function inApp(messages: readonly Message[], dir = 'src'): Message[] {
  const code = sources(dir).join('\n')
  return messages.filter((m) => code.includes(`'${m.id}'`) || code.includes(`"${m.id}"`))
}

/** A language's messages as the browser loads them: compiled, keyed as the build's code asks. */
function catalogJson(
  lang: Lang,
  messages: readonly Message[],
  short: Map<string, string> | undefined,
): string {
  const compiled = compileCatalog(lang, inApp(messages))
  return JSON.stringify(
    short ? Object.fromEntries(Object.entries(compiled).map(([k, v]) => [short.get(k) ?? k, v])) : compiled,
  )
}

/** A string literal in code that is exactly a message id. */
const ID_LITERAL = /(['"])([a-z]+(?:\.[A-Za-z0-9]+)+)\1/g

/**
 * The interface's messages, as data: one JSON file per language, compiled (ICU to Lingui's
 * arrays), emitted as assets/messages-<lang>-<hash>.json; `virtual:messages` tells the app
 * where each is (src/i18n/load.ts fetches the page's language's, which its HTML preloads).
 * A message that is not valid ICU fails the build; a missing translation is a warning here
 * (English stands in) and a failure in the tests. The build also shortens every message id
 * to a key of one or two characters, in the app's code and in the catalogues alike: some
 * 330 ids written out in both cost kilobytes of the first load (the dev server and the tests
 * keep the readable ids).
 */
export function catalogPlugin(): Plugin & {
  api: { files: () => Map<Lang, { fileName: string; source: string }> }
} {
  let build = false
  let short: Map<string, string> | undefined
  let files: Map<Lang, { fileName: string; source: string }> | undefined
  const make = () => {
    const messages = readMessages()
    return new Map(
      LANGS.map((lang) => {
        const source = catalogJson(lang, messages, short)
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
        return [lang, { fileName: `assets/messages-${lang}-${hash}.json`, source }] as const
      }),
    )
  }
  const current = () => (files ??= make())
  return {
    name: 'catalog',
    /** Each language's catalogue file, for the pages (which preload their language's). */
    api: { files: current },
    configResolved(config) {
      build = config.command === 'build'
    },
    buildStart() {
      const messages = readMessages()
      const problems = catalogProblems(messages)
      if (problems.length > 0)
        this.warn(`The message catalogues have ${problems.length} problems:\n${problems.join('\n')}`)
      short = build ? shortIds(messages) : undefined
      files = undefined
      this.addWatchFile(resolve(MESSAGES_DIR))
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(server.config.base, '/')
        const m = new RegExp(`^/${DEV_PATH}(\\w+)\\.json$`).exec(path)
        const lang = LANGS.find((l) => l === m?.[1])
        if (!lang) return next()
        res.setHeader('Content-Type', 'application/json')
        res.end(catalogJson(lang, readMessages(), undefined))
      })
    },
    resolveId(id) {
      return id === MODULE ? `\0${MODULE}` : undefined
    },
    load(id) {
      if (id !== `\0${MODULE}`) return undefined
      const paths = build
        ? Object.fromEntries([...current()].map(([lang, f]) => [lang, f.fileName]))
        : Object.fromEntries(LANGS.map((lang) => [lang, `${DEV_PATH}${lang}.json`]))
      return `export default ${JSON.stringify(paths)}`
    },
    generateBundle() {
      for (const f of current().values()) this.emitFile({ type: 'asset', ...f })
    },
    transform(code, id) {
      if (!short || !/\/src\/.*\.tsx?$/.test(id) || id.includes('/node_modules/')) return undefined
      let changed = false
      const out = code.replace(ID_LITERAL, (m, q: string, name: string) => {
        const key = short!.get(name)
        if (key === undefined) return m
        changed = true
        return `${q}${key}${q}`
      })
      return changed ? { code: out, map: null } : undefined
    },
  }
}
