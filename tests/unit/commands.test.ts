import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { eventJsonSchema } from '../../scripts/lib/jsonSchema.ts'

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })

describe('npm run validate', () => {
  it('passes the committed corpus', () => {
    const r = run('scripts/validate.ts')
    expect(r.status).toBe(0)
    const files = readdirSync('data/events').filter((n) => n.endsWith('.json'))
    expect(r.stdout).toContain(`data/: ${files.length} events, all valid`)
    // Korean and Russian coverage, counted from data/ itself.
    const events = files.map((f) => JSON.parse(readFileSync(`data/events/${f}`, 'utf8')))
    for (const [lang, name] of [
      ['ko', 'Korean'],
      ['ru', 'Russian'],
    ]) {
      const done = events.filter((e) => e.translations?.[lang]).length
      expect(r.stdout).toContain(`Our own words in ${name} (${lang}): ${done} of ${files.length} events`)
    }
  })

  it('says which records have no Korean or Russian words yet, without failing', () => {
    const r = run('scripts/validate.ts', 'tests/fixtures/valid')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /Our own words in Korean \(ko\): 0 of 20 events, 0 of 17 occasions, 0 of 2 people\./,
    )
    expect(r.stdout).toMatch(
      /missing: \d{4}-\d{2}-\d{2}-[\w-]+, .*and \d+ more; pages in Korean show the English/,
    )
  })

  it('prints every problem as file: field path: message and exits 1', () => {
    const r = run('scripts/validate.ts', 'tests/fixtures/broken')
    expect(r.status).toBe(1)
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('tests/'))
    expect(lines).toHaveLength(14)
    for (const l of lines)
      expect(l).toMatch(/^tests\/fixtures\/broken\/(?:events\/[\w-]+|coverage)\.json: [\w.[\]()]+: .+/)
  })
})

describe('npm run schema', () => {
  it('has written the JSON Schema the zod schema gives today (run npm run schema if this fails)', () => {
    expect(readFileSync('data/schema/event.schema.json', 'utf8')).toBe(eventJsonSchema())
  })

  it('is named by every event file', () => {
    const files = readdirSync('data/events').filter((n) => n.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files)
      expect(JSON.parse(readFileSync(`data/events/${f}`, 'utf8')).$schema).toBe('../schema/event.schema.json')
  })
})

describe('npm run build', () => {
  it('fails on a bad data folder with one readable line per problem', () => {
    const r = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'node_modules/.tmp/bad-build'],
      {
        encoding: 'utf8',
        env: { ...process.env, CORPUS_DIR: 'tests/fixtures/broken' },
      },
    )
    expect(r.status).not.toBe(0)
    const out = r.stdout + r.stderr
    expect(out).toContain('tests/fixtures/broken/ has 14 problems; fix them and build again:')
    expect(out).toContain(
      'tests/fixtures/broken/events/2024-05-09-hostile.json: quotes[0].url: expected an http(s) URL, found "javascript:alert(1)"',
    )
  })
})

describe('npm run test:e2e without a browser', () => {
  it('stops with one line that says what is wrong, before any test runs', () => {
    const r = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--list'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/no/such/chromium' },
    })
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(
      'CHROME_PATH is /no/such/chromium, which is not a browser that can be run: fix or unset it.',
    )
  })
})
