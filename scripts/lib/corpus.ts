import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import type { z } from 'zod'
import {
  CoverageSchema,
  ErasFile,
  EventSchema,
  OccasionsFile,
  PeopleFile,
  type Coverage,
  type Era,
  type Event,
  type Occasion,
  type Person,
} from '../../src/data/schema.ts'
import { zodProblems, type Problem } from '../../src/data/problems.ts'

export type Corpus = {
  events: Event[]
  occasions: Occasion[]
  people: Person[]
  /** Periods shaded behind the axis (data/eras.json; none when the file is absent). */
  eras: Era[]
  /** How far the corpus has been checked against the sources (data/coverage.json). */
  coverage: Coverage
  problems: Problem[]
}

function readJson(file: string, label: string, problems: Problem[]): unknown {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (e) {
    problems.push({ file: label, path: '', message: `cannot be read (${(e as Error).message})` })
    return undefined
  }
  try {
    return JSON.parse(raw)
  } catch (e) {
    problems.push({
      file: label,
      path: '',
      message: `expected valid JSON, found a syntax error (${(e as Error).message})`,
    })
    return undefined
  }
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, label: string, problems: Problem[]) {
  if (input === undefined) return undefined
  const r = schema.safeParse(input)
  if (r.success) return r.data
  problems.push(...zodProblems(label, r.error, input))
  return undefined
}

/** The fields cross-file rules read, from an event that may have failed its schema. */
type Loose = {
  id?: unknown
  date?: unknown
  occasion?: unknown
  from?: unknown
  to?: unknown
  related?: unknown
  body?: unknown
  texts?: unknown
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

/**
 * Cross-file rules the per-file schema cannot see. They also run on events that failed
 * their schema (reading whatever fields are usable), so one run reports every problem.
 */
export function crossCheck(
  events: readonly { file: string; event: Loose }[],
  occasions: readonly Occasion[],
  people: readonly Person[],
): Problem[] {
  const problems: Problem[] = []
  const occasionIds = new Set(occasions.map((o) => o.id))
  const personIds = new Set(people.map((p) => p.id))
  const languageOf = new Map(people.map((p) => [p.id, p.language]))
  const byId = new Map<string, string>()
  const byBody = new Map<string, string>()
  for (const { file, event } of events) {
    const add = (path: string, message: string) => problems.push({ file, path, message })
    const id = str(event.id)
    const date = str(event.date)
    if (id !== undefined) {
      const expectedName = `${id}.json`
      if (basename(file) !== expectedName)
        add('id', `expected the file to be named "${expectedName}" after its id`)
      if (date !== undefined && !id.startsWith(`${date}-`))
        add('id', `expected the id to start with its date "${date}-", found "${id}"`)
      const twin = byId.get(id)
      if (twin) add('id', `expected a unique id, found "${id}" again (also in ${twin})`)
      byId.set(id, file)
    }
    const occasion = str(event.occasion)
    if (occasion !== undefined && !occasionIds.has(occasion))
      add('occasion', `expected an occasion id from data/occasions.json, found "${occasion}"`)
    for (const key of ['from', 'to'] as const)
      strs(event[key]).forEach((p, i) => {
        if (!personIds.has(p)) add(`${key}[${i}]`, `expected a person id from data/people.json, found "${p}"`)
      })
    // An original is in its sender's language: Kim's in Korean, Putin's in Russian.
    const senders = strs(event.from)
    if (Array.isArray(event.texts) && senders.length === 1 && languageOf.has(senders[0]))
      event.texts.forEach((t: unknown, i) => {
        const { status, lang } = (t ?? {}) as { status?: unknown; lang?: unknown }
        const own = languageOf.get(senders[0])
        if (status === 'original' && typeof lang === 'string' && lang.split('-')[0] !== own)
          add(
            `texts[${i}].lang`,
            `expected "${own}" for an original from ${senders[0]} (data/people.json), found "${lang}": a version in another language is a translation ("status": "official-translation" or "news-translation")`,
          )
      })
    const body = strs(event.body)
    if (body.length > 0) {
      const key = body.join('\n')
      const same = byBody.get(key)
      if (same) add('body', `expected a body of its own, found the same body as ${same}`)
      byBody.set(key, file)
    }
  }
  for (const { file, event } of events)
    strs(event.related).forEach((r, i) => {
      if (r === event.id)
        problems.push({ file, path: `related[${i}]`, message: 'expected another event, found its own id' })
      else if (!byId.has(r))
        problems.push({
          file,
          path: `related[${i}]`,
          message: `expected the id of an event in data/events, found "${r}"`,
        })
    })
  return problems
}

/** Reads and validates all of a data folder; every problem is collected, nothing throws. */
export function readCorpus(dataDir: string, cwd = process.cwd()): Corpus {
  const problems: Problem[] = []
  const label = (f: string) => relative(cwd, f) || f
  const occasionsFile = join(dataDir, 'occasions.json')
  const peopleFile = join(dataDir, 'people.json')
  const occasions =
    parseWith(
      OccasionsFile,
      readJson(occasionsFile, label(occasionsFile), problems),
      label(occasionsFile),
      problems,
    ) ?? []
  const people =
    parseWith(PeopleFile, readJson(peopleFile, label(peopleFile), problems), label(peopleFile), problems) ??
    []
  const erasFile = join(dataDir, 'eras.json')
  const eras = existsSync(erasFile)
    ? (parseWith(ErasFile, readJson(erasFile, label(erasFile), problems), label(erasFile), problems) ?? [])
    : []
  const eraIds = new Set<string>()
  eras.forEach((era, i) => {
    if (eraIds.has(era.id))
      problems.push({
        file: label(erasFile),
        path: `[${i}].id`,
        message: `expected a unique id, found "${era.id}" again`,
      })
    eraIds.add(era.id)
  })
  const coverageFile = join(dataDir, 'coverage.json')
  if (!existsSync(coverageFile))
    problems.push({
      file: label(coverageFile),
      path: '',
      message:
        'missing: create it with {"checkedFrom": "YYYY-MM-DD", "checkedThrough": "YYYY-MM-DD", "note": "..."}, the first and last days for which the sources were searched for every message',
    })
  const coverage = parseWith(
    CoverageSchema,
    existsSync(coverageFile) ? readJson(coverageFile, label(coverageFile), problems) : undefined,
    label(coverageFile),
    problems,
  ) ?? { checkedFrom: '1970-01-01', checkedThrough: '1970-01-01', note: 'Not recorded.' }
  const eventsDir = join(dataDir, 'events')
  let names: string[] = []
  try {
    names = readdirSync(eventsDir)
      .filter((n) => n.endsWith('.json'))
      .sort()
  } catch (e) {
    problems.push({ file: label(eventsDir), path: '', message: `cannot be read (${(e as Error).message})` })
  }
  const parsed: { file: string; event: Event }[] = []
  const loose: { file: string; event: Loose }[] = []
  for (const name of names) {
    const file = join(eventsDir, name)
    const raw = readJson(file, label(file), problems)
    const event = parseWith(EventSchema, raw, label(file), problems)
    if (event) parsed.push({ file: label(file), event })
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
      loose.push({ file: label(file), event: raw })
  }
  problems.push(...crossCheck(loose, occasions, people))
  // Stable sort: each file's problems stay in the order they were found.
  problems.sort((a, b) => a.file.localeCompare(b.file))
  const events = parsed
    .map((p) => p.event)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  return { events, occasions, people, eras, coverage, problems }
}
