import { basename } from 'node:path'
import type { Occasion, Person } from '../../src/data/schema.ts'
import type { Problem } from '../../src/data/problems.ts'

/** The fields cross-file rules read, from an event that may have failed its schema. */
export type Loose = {
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
