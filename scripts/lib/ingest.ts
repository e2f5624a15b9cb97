import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../../src/data/article.ts'
import { formatProblem } from '../../src/data/problems.ts'
import { BodyKind, EventKind, EventSchema, HttpUrl, isIsoDay, type Event } from '../../src/data/schema.ts'
import { crossCheck, readCorpus } from './corpus.ts'
import { guessDay, guessKind, guessOccasion, guessParties, guessYear, isoOf } from './guess.ts'

export const MAX_BYTES = 1024 * 1024

/** A bad input: the message says what is wrong and how to fix it. */
export class IngestError extends Error {}

export type IngestFlags = {
  date?: string
  occasion?: string
  from?: string
  to?: string
  kind?: string
  publisher?: string
  url?: string
  id?: string
  title?: string
  summary?: string
  'body-kind'?: string
  force?: boolean
}

/** One line of the report: a field, its value, and where the value came from. */
export type Proposal = { field: string; value: string; from: string }

/** Bytes to text, refusing what is not a UTF-8 text article. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_BYTES)
    throw new IngestError(
      `${name} is ${bytes.length} bytes, more than 1 MB: save only the article text and try again`,
    )
  if (bytes.includes(0))
    throw new IngestError(
      `${name} contains NUL bytes, so it is not a text file: save the article as plain UTF-8 text`,
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new IngestError(
      `${name} is not valid UTF-8: save it as UTF-8 text (most editors offer this under "Save as")`,
    )
  }
  if (text.replace(/[\s\uFEFF\u200B-\u200D\u2060]/g, '') === '')
    throw new IngestError(`${name} is empty: paste the article text into it and try again`)
  return text
}

const quote = (s: string) => `"${s.length > 70 ? `${s.slice(0, 67)}...` : s}"`

/** The first sentence of the body: a draft summary, to be rewritten in our own words. */
function firstSentence(paragraph: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(paragraph)
  return (m ? m[0] : paragraph).trim()
}

/** Proposes an event from an article's text and the flags, validated against `dataDir`. */
export function buildEvent(
  raw: string,
  flags: IngestFlags,
  dataDir: string,
): { event: Event; report: Proposal[] } {
  const corpus = readCorpus(dataDir)
  const occasionIds = corpus.occasions.map((o) => o.id)
  const personIds = corpus.people.map((p) => p.id)
  const article = parseArticle(raw)
  if (article.paragraphs.length === 0)
    throw new IngestError(
      'the article has no text once page furniture is removed: check that you saved the article itself',
    )
  const text = [article.headline ?? '', ...article.paragraphs].join('\n')
  const report: Proposal[] = []
  const note = (field: string, value: string, from: string) => report.push({ field, value, from })

  // Date: a stated day plus a stated year, else --date.
  let date: string
  if (flags.date !== undefined) {
    if (!isIsoDay(flags.date))
      throw new IngestError(`--date ${quote(flags.date)} is not a real date: write it as YYYY-MM-DD`)
    date = flags.date
    note('date', date, '--date')
  } else {
    const day = guessDay(text)
    const year = day?.value.year ?? guessYear(text)?.value
    if (!day) throw new IngestError('no date found in the article: pass --date YYYY-MM-DD')
    if (year === undefined)
      throw new IngestError(`found ${quote(day.phrase)} but no year in the article: pass --date YYYY-MM-DD`)
    date = isoOf(year, day.value.month, day.value.day)
    if (!isIsoDay(date))
      throw new IngestError(`${quote(day.phrase)} is not a real date: pass --date YYYY-MM-DD`)
    note('date', date, `${quote(day.phrase)}${day.value.year ? '' : ` and the year stated in the text`}`)
  }

  const occasionGuess = guessOccasion(text, corpus.occasions)
  const occasion = flags.occasion ?? occasionGuess?.value
  if (!occasion)
    throw new IngestError(
      `no occasion found in the article: pass --occasion ID (one of ${occasionIds.join(', ')})`,
    )
  if (!occasionIds.includes(occasion))
    throw new IngestError(`unknown occasion ${quote(occasion)}: use one of ${occasionIds.join(', ')}`)
  note('occasion', occasion, flags.occasion ? '--occasion' : quote(occasionGuess?.phrase ?? ''))

  const parties = guessParties(text, corpus.people)
  const from = flags.from ?? parties.from?.value
  const to = flags.to ?? parties.to?.value
  for (const [flag, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!value)
      throw new IngestError(
        `no ${flag === 'from' ? 'sender' : 'recipient'} found: pass --${flag} ID (one of ${personIds.join(', ')})`,
      )
    if (!personIds.includes(value))
      throw new IngestError(
        `unknown person ${quote(value)} for --${flag}: use one of ${personIds.join(', ')}`,
      )
    note(flag, value, flags[flag] ? `--${flag}` : quote(parties[flag]?.phrase ?? ''))
  }

  const kindGuess = guessKind(text)
  const kind = flags.kind ?? kindGuess.value
  const kindCheck = EventKind.safeParse(kind)
  if (!kindCheck.success)
    throw new IngestError(`unknown kind ${quote(kind)}: use one of ${EventKind.options.join(', ')}`)
  note(
    'kind',
    kind,
    flags.kind
      ? '--kind'
      : kindGuess.phrase === '(no kind word found)'
        ? 'no kind word found'
        : quote(kindGuess.phrase),
  )

  if (!flags.publisher)
    throw new IngestError('every event needs a source: pass --publisher NAME (and --url URL where known)')
  if (flags.url !== undefined && !HttpUrl.safeParse(flags.url).success)
    throw new IngestError(
      `--url ${quote(flags.url)} is not an http(s) URL: pass the article's address, starting https://`,
    )

  const occasionLabel = corpus.occasions.find((o) => o.id === occasion)?.label ?? occasion
  const shortName = (id: string) => corpus.people.find((p) => p.id === id)?.shortName ?? id
  // Our own words from the start: the headline is the source's, so it is only offered.
  const composed = `${shortName(from!)}'s ${kind.replace('-', ' ')} to ${shortName(to!)}: ${occasionLabel}`
  const title = flags.title ?? composed
  note(
    'title',
    title,
    flags.title
      ? '--title'
      : `composed from sender, kind, recipient and occasion${article.headline ? `; the headline was ${quote(article.headline)}` : ''}`,
  )
  // A draft that quotes the source, in quotation marks, until someone writes a summary.
  const summary = flags.summary ?? `“${firstSentence(article.paragraphs[0])}”`
  note(
    'summary',
    summary,
    flags.summary ? '--summary' : "the article's first sentence, quoted; write a summary in our own words",
  )
  const bodyKind = flags['body-kind'] ?? 'report'
  const bodyKindCheck = BodyKind.safeParse(bodyKind)
  if (!bodyKindCheck.success)
    throw new IngestError(
      `unknown body kind ${quote(bodyKind)}: use message (the text of the message itself) or report (an article about it)`,
    )
  note(
    'bodyKind',
    bodyKind,
    flags['body-kind'] ? '--body-kind' : 'an article is a report unless --body-kind message',
  )

  const id = flags.id ?? `${date}-${occasion}`
  note('id', id, flags.id ? '--id' : 'date and occasion')
  const source = { publisher: flags.publisher, ...(flags.url ? { url: flags.url } : {}) }
  const event: Event = {
    $schema: '../schema/event.schema.json',
    id,
    date,
    dateCertainty: 'exact',
    kind: kindCheck.data,
    occasion,
    from: [from!],
    to: [to!],
    title,
    summary,
    confidence: 'single-source',
    body: article.paragraphs,
    bodyKind: bodyKindCheck.data,
    bodySource: { ...source, ...(article.headline ? { title: article.headline } : {}) },
    quotes: [],
    sources: [source],
    related: [],
  }

  const parsed = EventSchema.safeParse(event)
  if (!parsed.success)
    throw new IngestError(
      `the event would not be valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  const target = join(dataDir, 'events', `${id}.json`)
  if (existsSync(target) && !flags.force)
    throw new IngestError(
      `${target} already exists: pass --force to replace it, or --id ID to choose another id`,
    )
  const others = corpus.events.filter((e) => e.id !== id)
  const eventsDir = join(dataDir, 'events')
  const problems = crossCheck(
    [...others.map((e) => ({ file: join(eventsDir, `${e.id}.json`), event: e })), { file: target, event }],
    corpus.occasions,
    corpus.people,
  ).filter((p) => p.file === target) // the new event comes last, so every clash is reported on it
  if (problems.length > 0) throw new IngestError(problems.map(formatProblem).join('; '))
  return { event, report }
}
