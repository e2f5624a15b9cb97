// `npm run ingest -- <article.txt | -> [flags]`: turns an article as copied from a news page
// into data/events/<id>.json, or prints one line saying what is wrong and writes nothing.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildEvent, decodeArticle, IngestError, type IngestFlags } from './lib/ingest.ts'

const USAGE = `usage: npm run ingest -- <article.txt | -> [--date YYYY-MM-DD] [--occasion ID] [--from ID] [--to ID]
         [--kind KIND] [--publisher NAME] [--url URL] [--id ID] [--title TEXT] [--summary TEXT]
         [--body-kind message|report] [--data DIR] [--dry-run] [--force]`

function fail(message: string): never {
  console.error(`ingest: ${message}`)
  process.exit(1)
}

function readInput(path: string): Uint8Array {
  if (path === '-') return readFileSync(0)
  try {
    return readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') fail(`no such file: ${path}: check the path, or pass - to read standard input`)
    if (code === 'EISDIR') fail(`${path} is a folder: pass the article's text file`)
    fail(`cannot read ${path} (${(e as Error).message})`)
  }
}

function main() {
  let args: ReturnType<typeof parse>
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        occasion: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        kind: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        summary: { type: 'string' },
        'body-kind': { type: 'string' },
        data: { type: 'string', default: 'data' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    })
  try {
    args = parse()
  } catch (e) {
    fail(`${(e as Error).message.split('\n')[0]}\n${USAGE}`)
  }
  const { values, positionals } = args
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (positionals.length !== 1) fail(`pass exactly one article file, or - for standard input\n${USAGE}`)
  const input = positionals[0]
  const flags: IngestFlags = { ...values }
  const dataDir = values.data

  try {
    const text = decodeArticle(readInput(input), input === '-' ? 'standard input' : input)
    const { event, report } = buildEvent(text, flags, dataDir)
    const log = values['dry-run'] ? console.error : console.log
    const width = Math.max(...report.map((r) => r.field.length))
    for (const r of report) log(`  ${r.field.padEnd(width)}  ${r.value}   ← ${r.from}`)
    const json = `${JSON.stringify(event, null, 2)}\n`
    if (values['dry-run']) {
      process.stdout.write(json)
      console.error('Dry run: nothing was written.')
      return
    }
    const target = join(dataDir, 'events', `${event.id}.json`)
    const temp = join(dataDir, 'events', `.${event.id}.json.${process.pid}.tmp`)
    try {
      writeFileSync(temp, json, { flag: 'wx' })
      renameSync(temp, target)
    } catch (e) {
      rmSync(temp, { force: true })
      fail(`could not write ${target} (${(e as Error).message}); nothing was changed`)
    }
    console.log(
      `Wrote ${target}. Check the title and summary are in our own words, add quotes and related ids, then run npm run validate.`,
    )
    console.log(
      `The title and summary are in English only: add "translations": { "ko": { "title", "summary"${event.dateNote ? ', "dateNote"' : ''} }, "ru": { … } } in our own words; until then the Korean and Russian pages show the English.`,
    )
  } catch (e) {
    if (e instanceof IngestError) fail(e.message)
    throw e
  }
}

main()
