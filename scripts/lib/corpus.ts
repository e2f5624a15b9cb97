import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
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
import { crossCheck, type Loose } from './crossCheck.ts'

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
