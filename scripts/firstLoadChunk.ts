import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Every module the app's entry imports statically (what the first view runs: React, the i18n
 * runtime, the app's shell), put in one chunk. Left to itself the bundler splits the modules
 * the lazy chunks share with the entry into files of their own (React, the i18n runtime, the
 * date formats), each compressed apart and fetched apart; one file compresses better and is
 * one request. What loads later (the panel, the table, the canvas) stays in its own chunks.
 */
export function firstLoadChunk(
  entry: string,
  /** Another entry that must stay small and apart (the early script): what it imports stays out. */
  apart?: string,
): Plugin & {
  api: { group: { name: string; test: (id: string) => boolean } }
} {
  const first = new Set<string>()
  const root = resolve(entry)
  const other = apart ? resolve(apart) : undefined
  return {
    name: 'first-load-chunk',
    apply: 'build',
    // Named as the entry's chunk was: index-<hash>.js.
    api: { group: { name: 'index', test: (id: string) => first.has(id) } },
    buildEnd() {
      first.clear()
      const reach = (from: string) => {
        const seen = new Set<string>()
        const visit = (id: string) => {
          if (seen.has(id)) return
          const info = this.getModuleInfo(id)
          if (!info) return
          seen.add(id)
          for (const next of info.importedIds) visit(next)
        }
        visit(from)
        return seen
      }
      const away = other ? reach(other) : new Set<string>()
      for (const id of reach(root)) if (!away.has(id)) first.add(id)
    },
  }
}
