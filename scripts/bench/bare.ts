import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { List, type Link } from '../../bench/bare/List.tsx'

// The bare React page: the floor for waking up (issue "fast on a slow phone"). The same React
// as the app, hydrating a prerendered list of as many links as the corpus has events.

let built: string | undefined

/** Builds bench/bare once (into `cache`), then writes a page of `links` into `out`. */
export function writeBareFloor(links: readonly Link[], out: string, cache: string): number {
  if (!built) {
    const r = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'bench/bare/vite.config.ts',
        '--outDir',
        join(process.cwd(), cache),
        '--logLevel',
        'warn',
      ],
      { stdio: 'inherit' },
    )
    if (r.status !== 0) throw new Error('building bench/bare failed')
    built = cache
  }
  mkdirSync(out, { recursive: true })
  if (existsSync(join(built, 'assets')))
    cpSync(join(built, 'assets'), join(out, 'assets'), { recursive: true })
  const template = readFileSync(join(built, 'index.html'), 'utf8')
  const json = JSON.stringify(links).replace(/</g, '\\u003c')
  const html = template.replace(
    '<div id="root"></div>',
    `<div id="root">${renderToString(createElement(List, { links }))}</div>\n    <script id="links" type="application/json">${json}</script>`,
  )
  writeFileSync(join(out, 'index.html'), html)
  return Buffer.byteLength(html)
}
