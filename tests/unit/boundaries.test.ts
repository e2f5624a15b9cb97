import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The folder boundaries (README, "Where things live") are kept by the linter: the project's
// own .oxlintrc.json, run on probe files that cross a boundary and on probes that do not.

const dir = mkdtempSync(join(tmpdir(), 'boundaries-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
copyFileSync('.oxlintrc.json', join(dir, '.oxlintrc.json'))
const oxlint = resolve('node_modules/.bin/oxlint')

function lint(file: string, source: string): { ok: boolean; out: string } {
  const path = join(dir, file)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, source)
  const r = spawnSync(oxlint, ['-c', '.oxlintrc.json', file], { cwd: dir, encoding: 'utf8' })
  rmSync(path)
  return { ok: r.status === 0, out: r.stdout + r.stderr }
}

describe('the linter keeps the folder boundaries', () => {
  it.each([
    ['a feature importing the shell', 'src/timeline/probe.ts', "import { x } from '../app/links.ts'"],
    [
      'a feature importing another feature',
      'src/detail/probe.ts',
      "import { x } from '../compare/Changes.tsx'",
    ],
    [
      'a nested feature folder importing another feature',
      'src/timeline/overview/probe.ts',
      "import { x } from '../../table/sortRows.ts'",
    ],
    ['ui/ importing a feature', 'src/ui/probe.ts', "import { x } from '../detail/citation.ts'"],
    ['data/ importing ui/', 'src/data/probe.ts', "import { x } from '../ui/words.ts'"],
    ['i18n/ importing ui/', 'src/i18n/probe.ts', "import { x } from '../ui/labels.ts'"],
    [
      'the shell importing the build renderers',
      'src/app/probe.ts',
      "import { x } from '../ssr/prerender.tsx'",
    ],
  ])('fails on %s, saying the rule', (_name, file, line) => {
    const r = lint(file, `${line}\nexport const y = x\n`)
    expect(r.ok).toBe(false)
    expect(r.out).toMatch(
      /Folder boundary: .* imports only|Folder boundary: data\/ imports nothing|Folder boundary: app\/ composes/,
    )
  })

  it.each([
    [
      'a feature importing ui/, data/ and itself',
      'src/table/probe.ts',
      "import { a } from '../ui/labels.ts'\nimport { b } from '../data/dates.ts'\nimport { c } from './sortRows.ts'",
    ],
    [
      'the shell composing features',
      'src/app/probe.ts',
      "import { a } from '../timeline/Timeline.tsx'\nimport { b } from '../detail/DetailPanel.tsx'",
    ],
    ['the build renderers composing the shell', 'src/ssr/probe.ts', "import { a } from '../app/App.tsx'"],
  ])('passes %s', (_name, file, lines) => {
    const r = lint(file, `${lines}\nexport const y = [a, b]\n`)
    expect(r.out).not.toContain('Folder boundary')
  })
})
