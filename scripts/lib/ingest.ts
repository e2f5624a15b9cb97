import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../../src/data/article.ts'
import { formatProblem } from '../../src/data/problems.ts'
import { EventSchema, type Event } from '../../src/data/schema.ts'
import { readCorpus } from './corpus.ts'
import { crossCheck } from './crossCheck.ts'
import {
  bodyKindField,
  dateField,
  kindField,
  occasionField,
  partyField,
  sourceField,
  summaryField,
  titleField,
  type Context,
  type Field,
} from './ingestFields.ts'

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

/** Proposes an event from an article's text and the flags, validated against `dataDir`. */
export function buildEvent(
  raw: string,
  flags: IngestFlags,
  dataDir: string,
): { event: Event; report: Proposal[] } {
  const corpus = readCorpus(dataDir)
  const article = parseArticle(raw)
  if (article.paragraphs.length === 0)
    throw new IngestError(
      'the article has no text once page furniture is removed: check that you saved the article itself',
    )
  const ctx: Context = {
    article,
    text: [article.headline ?? '', ...article.paragraphs].join('\n'),
    flags,
    occasions: corpus.occasions,
    people: corpus.people,
  }
  const report: Proposal[] = []
  // The first problem, in the order of the fields, is the one line the command prints.
  const take = <T>(field: string, f: Field<T>, shown: (v: T) => string = String): T => {
    if ('problem' in f) throw new IngestError(f.problem)
    report.push({ field, value: shown(f.value), from: f.from })
    return f.value
  }
  const date = take('date', dateField(ctx))
  const occasion = take('occasion', occasionField(ctx))
  const from = take('from', partyField(ctx, 'from'))
  const to = take('to', partyField(ctx, 'to'))
  const kind = take('kind', kindField(ctx))
  const source = sourceField(ctx)
  if ('problem' in source) throw new IngestError(source.problem)
  const title = take('title', titleField(ctx, { from, to, kind, occasion }))
  const summary = take('summary', summaryField(ctx))
  const bodyKind = take('bodyKind', bodyKindField(ctx))
  const id = take(
    'id',
    flags.id
      ? { value: flags.id, from: '--id' }
      : { value: `${date}-${occasion}`, from: 'date and occasion' },
  )
  const event: Event = {
    $schema: '../schema/event.schema.json',
    id,
    date,
    dateCertainty: 'exact',
    kind,
    occasion,
    from: [from],
    to: [to],
    title,
    summary,
    confidence: 'single-source',
    body: article.paragraphs,
    bodyKind,
    bodySource: { ...source.value, ...(article.headline ? { title: article.headline } : {}) },
    quotes: [],
    sources: [source.value],
    related: [],
  }
  checkWhole(event, dataDir, corpus, flags)
  return { event, report }
}

/** The event as a whole: valid by the schema, a new id (or --force), no clash with the corpus. */
function checkWhole(
  event: Event,
  dataDir: string,
  corpus: ReturnType<typeof readCorpus>,
  flags: IngestFlags,
) {
  const parsed = EventSchema.safeParse(event)
  if (!parsed.success)
    throw new IngestError(
      `the event would not be valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  const eventsDir = join(dataDir, 'events')
  const target = join(eventsDir, `${event.id}.json`)
  if (existsSync(target) && !flags.force)
    throw new IngestError(
      `${target} already exists: pass --force to replace it, or --id ID to choose another id`,
    )
  const others = corpus.events.filter((e) => e.id !== event.id)
  const problems = crossCheck(
    [...others.map((e) => ({ file: join(eventsDir, `${e.id}.json`), event: e })), { file: target, event }],
    corpus.occasions,
    corpus.people,
  ).filter((p) => p.file === target) // the new event comes last, so every clash is reported on it
  if (problems.length > 0) throw new IngestError(problems.map(formatProblem).join('; '))
}
