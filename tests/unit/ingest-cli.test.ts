import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EventSchema } from '../../src/data/schema.ts'

// The two source articles as received (page furniture included), and a fixed corpus to ingest into.
const ARTICLES = 'tests/fixtures/articles'
const FIXTURE = 'tests/fixtures/valid'
const tmp = mkdtempSync(join(tmpdir(), 'ingest-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A fresh copy of a corpus (the fixture unless `from` says otherwise) to ingest into, optionally without some events. */
function dataCopy(name: string, without: string[] = [], from = FIXTURE): string {
  const dir = join(tmp, name)
  cpSync(from, dir, { recursive: true })
  for (const id of without) rmSync(join(dir, 'events', `${id}.json`))
  return dir
}

/** Hash of every file name and byte under a folder: equal hashes mean nothing changed. */
function treeHash(dir: string): string {
  const h = createHash('sha256')
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    h.update(name)
    try {
      h.update(readFileSync(join(dir, name)))
    } catch {
      // a folder
    }
  }
  return h.digest('hex')
}

function ingest(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
    input,
    encoding: 'utf8',
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const committed = (id: string) =>
  JSON.parse(readFileSync(`${FIXTURE}/events/${id}.json`, 'utf8')) as { body: string[] }

describe('npm run ingest: round trip of the seeds', () => {
  it.each([
    ['000_5d4a8b2e97a49c1c.txt', '2024-10-07-putin-birthday', '2024-10-07'],
    ['001_3449aeeb75f8b718.txt', '2023-05-09-victory-day', '2023-05-09'],
  ])('ingests %s into the same body as the committed %s', (seed, id, date) => {
    const dir = dataCopy(`rt-${id}`, [id])
    const r = ingest([
      join(ARTICLES, seed),
      '--date',
      date,
      '--publisher',
      'A news site',
      '--kind',
      'message',
      '--data',
      dir,
    ])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`Wrote ${join(dir, 'events', `${id}.json`)}`)
    expect(r.stdout).toContain('The title and summary are in English only: add "translations"')
    const written = JSON.parse(readFileSync(join(dir, 'events', `${id}.json`), 'utf8'))
    expect(EventSchema.safeParse(written).success).toBe(true)
    expect(written.body).toEqual(committed(id).body)
    expect([written.bodyKind, written.confidence]).toEqual(['report', 'single-source'])
    expect(readdirSync(join(dir, 'events')).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('prints each guess with the phrase it came from', () => {
    const dir = dataCopy('guesses', ['2024-10-07-putin-birthday'])
    const r = ingest([
      join(ARTICLES, '000_5d4a8b2e97a49c1c.txt'),
      '--date',
      '2024-10-07',
      '--publisher',
      'X',
      '--data',
      dir,
      '--dry-run',
    ])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/occasion\s+putin-birthday\s+← "Birthday"/)
    expect(r.stderr).toMatch(
      /to\s+vladimir-putin\s+← "sent a birthday telegram to Russian President Vladimir Putin"/,
    )
    // The title is ours from the start; the summary quotes the article until someone rewrites it.
    expect(r.stderr).toMatch(
      /title\s+Kim's telegram to Putin: Putin's birthday\s+← .*the headline was "Kim Jong-un Congratulates Putin on Birthday"/,
    )
    const event = JSON.parse(r.stdout)
    expect(event.id).toBe('2024-10-07-putin-birthday')
    expect(event.title).toBe("Kim's telegram to Putin: Putin's birthday")
    expect(event.summary).toMatch(
      /^“On October 7, the North Korean leader Kim Jong-un sent a birthday telegram .*\.”$/,
    )
    expect(event.bodySource).toEqual({ publisher: 'X', title: 'Kim Jong-un Congratulates Putin on Birthday' })
  })

  it('reads standard input with a BOM, CRLF, NBSP and zero-width spaces into the same body', () => {
    const dir = dataCopy('stdin', ['2024-10-07-putin-birthday'])
    const raw = readFileSync(join(ARTICLES, '000_5d4a8b2e97a49c1c.txt'), 'utf8')
    const noisy = `\uFEFF${raw.replace(/\n/g, '\r\n').replace(/Kim Jong-un then/, 'Kim\u00A0Jong-un\u200B then')}`
    const r = ingest(['-', '--date', '2024-10-07', '--publisher', 'X', '--data', dir, '--dry-run'], noisy)
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).body).toEqual(committed('2024-10-07-putin-birthday').body)
  })

  it('takes the year from the text when it is stated, and flags override guesses', () => {
    const dir = dataCopy('flags')
    const text =
      'Putin greets Kim\n\nOn September 9, 2026, Vladimir Putin sent a message to Kim Jong Un on the founding of the DPRK.\n'
    const r = ingest(
      [
        '-',
        '--publisher',
        'TASS',
        '--url',
        'https://tass.com/x',
        '--kind',
        'letter',
        '--data',
        dir,
        '--dry-run',
      ],
      text,
    )
    expect(r.status).toBe(0)
    const e = JSON.parse(r.stdout)
    expect([e.id, e.date, e.kind, e.from, e.to]).toEqual([
      '2026-09-09-dprk-founding-day',
      '2026-09-09',
      'letter',
      ['vladimir-putin'],
      ['kim-jong-un'],
    ])
    expect(e.sources).toEqual([{ publisher: 'TASS', url: 'https://tass.com/x' }])
  })
})

describe('npm run ingest: bad input gets one line, exit 1, and changes nothing', () => {
  const dir = dataCopy('bad')
  const before = treeHash(dir)
  const realBefore = treeHash('data')
  const seed = join(ARTICLES, '000_5d4a8b2e97a49c1c.txt')
  const file = (name: string, content: string | Buffer) => {
    const p = join(tmp, name)
    writeFileSync(p, content)
    return p
  }
  const ok = ['--date', '2024-10-07', '--publisher', 'X', '--data', dir]

  it.each([
    ['an empty file', [file('empty.txt', ''), ...ok], /is empty/],
    ['a whitespace-only file', [file('blank.txt', ' \n\t\u00A0\n'), ...ok], /is empty/],
    ['NUL bytes', [file('nul.txt', Buffer.from('Kim\0Putin')), ...ok], /NUL bytes/],
    [
      'invalid UTF-8',
      [file('latin1.txt', Buffer.from([0x4b, 0x69, 0x6d, 0xe9, 0x28])), ...ok],
      /not valid UTF-8/,
    ],
    ['more than 1 MB', [file('big.txt', 'a'.repeat(1024 * 1024 + 1)), ...ok], /more than 1 MB/],
    [
      'no date found and none given',
      [file('nodate.txt', 'Kim sent a message to Putin on Victory Day.'), '--publisher', 'X', '--data', dir],
      /no date found.*--date/,
    ],
    ['a day without a year', [seed, '--publisher', 'X', '--data', dir], /no year.*--date YYYY-MM-DD/],
    ['an impossible --date', [seed, ...ok, '--date', '2024-02-30'], /not a real date/],
    [
      'an unknown occasion',
      [seed, ...ok, '--occasion', 'kims-birthday'],
      /unknown occasion "kims-birthday": use one of new-year/,
    ],
    [
      'an unknown person',
      [seed, ...ok, '--to', 'xi-jinping'],
      /unknown person "xi-jinping" for --to: use one of kim-jong-un, vladimir-putin/,
    ],
    ['a malformed URL', [seed, ...ok, '--url', 'javascript:alert(1)'], /not an http\(s\) URL/],
    ['a missing file', [join(tmp, 'nope.txt'), ...ok], /no such file/],
    ['no source', [seed, '--date', '2024-10-07', '--data', dir], /needs a source: pass --publisher/],
    ['an existing id without --force', [seed, ...ok], /already exists: pass --force/],
    ['a body already in the corpus', [seed, ...ok, '--id', '2024-10-07-copy'], /same body as/],
  ])('%s', (_name, args, message) => {
    const r = ingest(args as string[])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^ingest: /)
    expect(lines[0]).toMatch(message)
    expect(treeHash(dir)).toBe(before)
    expect(treeHash('data')).toBe(realBefore)
  })

  it('replaces an existing event only with --force', () => {
    const forced = dataCopy('force')
    const r = ingest([seed, '--date', '2024-10-07', '--publisher', 'X', '--data', forced, '--force'])
    expect(r.status).toBe(0)
    expect(
      JSON.parse(readFileSync(join(forced, 'events', '2024-10-07-putin-birthday.json'), 'utf8')).sources,
    ).toEqual([{ publisher: 'X' }])
  })

  it('--dry-run prints valid JSON and writes nothing', () => {
    const clean = dataCopy('dry', ['2024-10-07-putin-birthday'])
    const h = treeHash(clean)
    const d = ingest([seed, '--date', '2024-10-07', '--publisher', 'X', '--data', clean, '--dry-run'])
    expect(d.status).toBe(0)
    expect(d.stderr).toContain('Dry run: nothing was written.')
    const printed = JSON.parse(d.stdout)
    expect(EventSchema.safeParse(printed).success).toBe(true)
    expect(printed.id).toBe('2024-10-07-putin-birthday')
    expect(treeHash(clean)).toBe(h)
  })

  it('--dry-run still refuses a body the corpus already has, and writes nothing', () => {
    const r = ingest([seed, ...ok, '--id', '2024-10-07-putin-birthday-dry', '--force', '--dry-run'])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /^ingest: .*body: expected a body of its own, found the same body as .*2024-10-07-putin-birthday\.json/,
    )
    expect(treeHash(dir)).toBe(before)
  })
})

describe('npm run ingest: the corpus grows without breaking anything', () => {
  it('a new 2026 article ingested into a copy of data/ leaves it valid', () => {
    const dir = dataCopy('grow', [], 'data')
    const text =
      'Kim thanks Putin\n\nOn March 3, 2026, Kim Jong Un sent a letter to Russian President Vladimir Putin on the anniversary of their treaty.\n'
    const r = ingest(
      [
        '-',
        '--publisher',
        'KCNA Watch',
        '--url',
        'https://kcnawatch.org/x',
        '--occasion',
        'treaty',
        '--data',
        dir,
      ],
      text,
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const v = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
      encoding: 'utf8',
    })
    expect(v.stderr).toBe('')
    expect(v.status).toBe(0)
    const before = readdirSync(join('data', 'events')).length
    expect(v.stdout).toContain(`${before + 1} events, all valid`)
  })
})
