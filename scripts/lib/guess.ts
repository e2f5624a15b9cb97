import type { EventKind, Occasion, Person } from '../../src/data/schema.ts'

/** A proposed value and the phrase of the article it came from. */
export type Guess<T> = { value: T; phrase: string }

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH = MONTHS.join('|')
const pad = (n: number) => String(n).padStart(2, '0')

export type DayGuess = { month: number; day: number; year?: number }

/** "On October 7", "October 7, 2024", "7 October 2024": month, day and the year if stated. */
export function guessDay(text: string): Guess<DayGuess> | undefined {
  const mdy = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i')
  const dmy = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+(\\d{4})\\b)?`,
    'i',
  )
  const a = mdy.exec(text)
  const b = dmy.exec(text)
  const pick =
    a && (!b || a.index <= b.index)
      ? { m: a[1], d: a[2], y: a[3], at: a }
      : b
        ? { m: b[2], d: b[1], y: b[3], at: b }
        : null
  if (!pick) return undefined
  const month = MONTHS.indexOf(pick.m.toLowerCase()) + 1
  const day = Number(pick.d)
  if (day < 1 || day > 31) return undefined
  return { value: { month, day, year: pick.y ? Number(pick.y) : undefined }, phrase: pick.at[0] }
}

/** A four-digit year from 1945 to 2099 stated anywhere in the text. */
export function guessYear(text: string): Guess<number> | undefined {
  const m = /\b(19[4-9]\d|20\d\d)\b/.exec(text)
  return m ? { value: Number(m[1]), phrase: m[0] } : undefined
}

/** Keyword rules, most specific first; the first rule whose keyword appears earliest wins. */
export const OCCASION_KEYWORDS: readonly { occasion: string; pattern: RegExp }[] = [
  { occasion: 'armistice-anniversary', pattern: /\barmistice\b|Fatherland Liberation War/i },
  { occasion: 'putin-birthday', pattern: /\bbirthday\b/i },
  { occasion: 'victory-day', pattern: /\bVictory Day\b|Great Patriotic War/i },
  { occasion: 'new-year', pattern: /\bNew Year\b/i },
  { occasion: 'russia-day', pattern: /\bRussia Day\b|\bDay of Russia\b/i },
  {
    occasion: 'liberation-day',
    pattern: /\bLiberation Day\b|liberation of Korea|Korea's liberation|Korea’s liberation/i,
  },
  {
    occasion: 'dprk-founding-day',
    pattern:
      /founding of the (?:DPRK|Democratic People's Republic)|\bDPRK founding\b|foundation of the DPRK|\bfounding day\b/i,
  },
  { occasion: 'diplomatic-relations-anniversary', pattern: /diplomatic relations/i },
  { occasion: 'inauguration', pattern: /\binaugurat/i },
  { occasion: 'election', pattern: /\bre-?elect|\belection\b/i },
  { occasion: 'condolence', pattern: /\bcondolence|\bsympathy\b/i },
  { occasion: 'treaty', pattern: /\btreaty\b/i },
  { occasion: 'summit', pattern: /\bsummit\b/i },
]

/** The occasion whose keyword comes first in the text. */
export function guessOccasion(text: string, known: readonly Occasion[]): Guess<string> | undefined {
  const ids = new Set(known.map((o) => o.id))
  let best: { occasion: string; index: number; phrase: string } | undefined
  for (const rule of OCCASION_KEYWORDS) {
    if (!ids.has(rule.occasion)) continue
    const m = rule.pattern.exec(text)
    if (m && (!best || m.index < best.index)) best = { occasion: rule.occasion, index: m.index, phrase: m[0] }
  }
  return best && { value: best.occasion, phrase: best.phrase }
}

/** Ways an article names a person: the full name, with or without the hyphen, and the surname. */
function namePattern(p: Person): string {
  const full = p.name.replace(/\s+/g, '[\\s-]+')
  const surname = p.name.split(/\s+/)[0] === p.shortName ? p.shortName : p.name.split(/\s+/).at(-1)!
  return `(?:${full}|${surname})`
}

/** The recipient from "addressed to X" or "sent ... to X", and so the sender. */
export function guessParties(
  text: string,
  people: readonly Person[],
): { from?: Guess<string>; to?: Guess<string> } {
  for (const p of people) {
    const name = namePattern(p)
    const re = new RegExp(
      `\\b(?:addressed to|sent(?:\\s+[\\w’'-]+){0,6}?\\s+to|message to|letter to|telegram to)\\s+(?:[A-Z][\\w.-]*\\s+){0,3}?${name}\\b`,
      'i',
    )
    const m = re.exec(text)
    if (m) {
      const others = people.filter((o) => o.id !== p.id)
      const to = { value: p.id, phrase: m[0] }
      return others.length === 1 ? { to, from: { value: others[0].id, phrase: m[0] } } : { to }
    }
  }
  return {}
}

const KIND_KEYWORDS: readonly { kind: EventKind; pattern: RegExp }[] = [
  { kind: 'telegram', pattern: /\btelegram\b/i },
  { kind: 'letter', pattern: /\bletter\b/i },
  { kind: 'greeting-card', pattern: /\b(?:greeting )?cards?\b/i },
  { kind: 'condolence', pattern: /\bcondolence/i },
  { kind: 'phone-call', pattern: /\bphone (?:call|talks)\b|\btelephone\b/i },
]

/** The kind of message, from the first kind word in the text; "message" (and no phrase) when none. */
export function guessKind(text: string): Guess<EventKind> | { value: EventKind; phrase: null } {
  let best: { kind: EventKind; index: number; phrase: string } | undefined
  for (const rule of KIND_KEYWORDS) {
    const m = rule.pattern.exec(text)
    if (m && (!best || m.index < best.index)) best = { kind: rule.kind, index: m.index, phrase: m[0] }
  }
  return best ? { value: best.kind, phrase: best.phrase } : { value: 'message', phrase: null }
}

/** "YYYY-MM-DD" from parts. */
export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}
