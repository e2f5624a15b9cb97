import { DAY_MS } from '../../src/data/dates.ts'
// Writes a deterministic synthetic corpus for the benchmark: N events over 2019-2025, every
// occasion in data/occasions.json, three lanes, titles and bodies made from templates. Never shipped, never in data/.
// Usage: tsx scripts/bench/makeCorpus.ts N OUT_DIR
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Event, EventKind, Occasion } from '../../src/data/schema.ts'
import { random } from '../lib/random.ts'

const START = Date.UTC(2019, 0, 1)
const END = Date.UTC(2025, 11, 31)
const DAY = DAY_MS
const KIM = 'kim-jong-un'
const PUTIN = 'vladimir-putin'
const MESSAGE_KINDS: EventKind[] = ['message', 'telegram', 'letter', 'greeting-card']
const JOINT_KINDS: EventKind[] = ['summit', 'phone-call', 'treaty', 'ratification']
const WORDS = [
  'friendship',
  'cooperation',
  'solidarity',
  'victory',
  'partnership',
  'peace',
  'strength',
  'tradition',
  'future',
  'comradeship',
]

export function makeEvents(n: number, occasions: Occasion[]): Event[] {
  const next = random(n)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const events: Event[] = []
  const taken = new Set<string>()
  for (let i = 0; i < n; i++) {
    const occasion = pick(occasions)
    const lane = next()
    const joint = lane < 0.15
    const fromKim = lane < 0.6
    const from = joint ? [KIM, PUTIN] : [fromKim ? KIM : PUTIN]
    const to = joint ? [KIM, PUTIN] : [fromKim ? PUTIN : KIM]
    const time = START + Math.floor(next() * ((END - START) / DAY)) * DAY
    const date = new Date(time).toISOString().slice(0, 10)
    let id = `${date}-${occasion.id}-${i.toString(36)}`
    while (taken.has(id)) id += 'x'
    taken.add(id)
    const kind = joint ? pick(JOINT_KINDS) : pick(MESSAGE_KINDS)
    const who = joint ? 'Kim and Putin' : fromKim ? 'Kim to Putin' : 'Putin to Kim'
    const text = (k: number) =>
      `${Array.from({ length: 12 + (k % 7) }, (_, j) => WORDS[(i + j * k) % WORDS.length]).join(' ')} (item ${i + 1}).`
    events.push({
      id,
      date,
      dateCertainty: next() < 0.8 ? 'exact' : 'reported',
      ...(next() < 0.8 ? {} : { dateNote: 'The date is the day it was reported.' }),
      kind,
      occasion: occasion.id,
      from,
      to,
      title: `${who}: ${occasion.label} ${kind.replace('-', ' ')} ${i + 1}`,
      summary: `Synthetic ${kind} number ${i + 1} about ${pick(WORDS)} and ${pick(WORDS)}.`,
      confidence: 'single-source',
      ...(i % 10 === 0
        ? {
            body: [text(1), text(2), text(3)],
            bodyKind: 'message' as const,
            bodySource: { publisher: 'Synthetic' },
          }
        : {}),
      quotes: [],
      sources: [{ publisher: 'Synthetic wire', url: `https://example.org/news/${i + 1}` }],
      related: [],
    })
    // Every certainty other than exact needs its note.
    const e = events[events.length - 1]
    if (e.dateCertainty !== 'exact' && !e.dateNote) e.dateNote = 'The date is the day it was reported.'
  }
  return events
}

function main() {
  const n = Number(process.argv[2])
  const out = process.argv[3]
  if (!Number.isInteger(n) || n <= 0 || !out) {
    console.error('usage: tsx scripts/bench/makeCorpus.ts N OUT_DIR')
    process.exit(1)
  }
  rmSync(out, { recursive: true, force: true })
  mkdirSync(join(out, 'events'), { recursive: true })
  cpSync('data/occasions.json', join(out, 'occasions.json'))
  cpSync('data/people.json', join(out, 'people.json'))
  cpSync('data/coverage.json', join(out, 'coverage.json'))
  const occasions = JSON.parse(readFileSync('data/occasions.json', 'utf8')) as Occasion[]
  for (const e of makeEvents(n, occasions))
    writeFileSync(join(out, 'events', `${e.id}.json`), JSON.stringify(e))
  console.log(`Wrote ${n} synthetic events to ${out}`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
