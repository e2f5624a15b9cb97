import type { ParsedArticle as Article } from '../../src/data/article.ts'
import { BodyKind, EventKind, isIsoDay, type Occasion, type Person } from '../../src/data/schema.ts'
import { isHttpUrl } from '../../src/data/urls.ts'
import { guessDay, guessKind, guessOccasion, guessParties, guessYear, isoOf } from './guess.ts'
import type { IngestFlags } from './ingest.ts'

// One small function per field of an ingested event. Each returns the value with where it came
// from (a flag, or the phrase it was guessed from), or a problem in words that says how to fix
// it; buildEvent (ingest.ts) decides what to do with them.

/** A field's value and its provenance, or what is wrong with it. */
export type Field<T> = { value: T; from: string } | { problem: string }

/** What every field reads: the article, its text, the flags and the registries. */
export type Context = {
  article: Article
  text: string
  flags: IngestFlags
  occasions: readonly Occasion[]
  people: readonly Person[]
}

export const quote = (s: string) => `"${s.length > 70 ? `${s.slice(0, 67)}...` : s}"`

/** A stated day plus a stated year, else --date. */
export function dateField({ text, flags }: Context): Field<string> {
  if (flags.date !== undefined)
    return isIsoDay(flags.date)
      ? { value: flags.date, from: '--date' }
      : { problem: `--date ${quote(flags.date)} is not a real date: write it as YYYY-MM-DD` }
  const day = guessDay(text)
  if (!day) return { problem: 'no date found in the article: pass --date YYYY-MM-DD' }
  const year = day.value.year ?? guessYear(text)?.value
  if (year === undefined)
    return { problem: `found ${quote(day.phrase)} but no year in the article: pass --date YYYY-MM-DD` }
  const date = isoOf(year, day.value.month, day.value.day)
  if (!isIsoDay(date)) return { problem: `${quote(day.phrase)} is not a real date: pass --date YYYY-MM-DD` }
  return {
    value: date,
    from: `${quote(day.phrase)}${day.value.year ? '' : ` and the year stated in the text`}`,
  }
}

/** --occasion, else a keyword in the text; one of the registry's. */
export function occasionField({ text, flags, occasions }: Context): Field<string> {
  const ids = occasions.map((o) => o.id)
  const guess = guessOccasion(text, occasions)
  const value = flags.occasion ?? guess?.value
  if (!value)
    return { problem: `no occasion found in the article: pass --occasion ID (one of ${ids.join(', ')})` }
  if (!ids.includes(value))
    return { problem: `unknown occasion ${quote(value)}: use one of ${ids.join(', ')}` }
  return { value, from: flags.occasion ? '--occasion' : quote(guess?.phrase ?? '') }
}

/** --from or --to, else "addressed to …" / "sent … to …" in the text; a person of the registry. */
export function partyField(ctx: Context, flag: 'from' | 'to'): Field<string> {
  const ids = ctx.people.map((p) => p.id)
  const guess = guessParties(ctx.text, ctx.people)[flag]
  const value = ctx.flags[flag] ?? guess?.value
  if (!value)
    return {
      problem: `no ${flag === 'from' ? 'sender' : 'recipient'} found: pass --${flag} ID (one of ${ids.join(', ')})`,
    }
  if (!ids.includes(value))
    return { problem: `unknown person ${quote(value)} for --${flag}: use one of ${ids.join(', ')}` }
  return { value, from: ctx.flags[flag] ? `--${flag}` : quote(guess?.phrase ?? '') }
}

/** --kind, else the first kind word in the text, else "message". */
export function kindField({ text, flags }: Context): Field<EventKind> {
  const guess = guessKind(text)
  const kind = EventKind.safeParse(flags.kind ?? guess.value)
  if (!kind.success)
    return { problem: `unknown kind ${quote(flags.kind ?? '')}: use one of ${EventKind.options.join(', ')}` }
  const from = flags.kind ? '--kind' : guess.phrase === null ? 'no kind word found' : quote(guess.phrase)
  return { value: kind.data, from }
}

/** --publisher (required) and --url (http(s) only). */
export function sourceField({ flags }: Context): Field<{ publisher: string; url?: string }> {
  if (!flags.publisher)
    return { problem: 'every event needs a source: pass --publisher NAME (and --url URL where known)' }
  if (flags.url !== undefined && !isHttpUrl(flags.url))
    return {
      problem: `--url ${quote(flags.url)} is not an http(s) URL: pass the article's address, starting https://`,
    }
  return {
    value: { publisher: flags.publisher, ...(flags.url ? { url: flags.url } : {}) },
    from: '--publisher',
  }
}

/** --body-kind, else "report": an article is a report about the message. */
export function bodyKindField({ flags }: Context): Field<BodyKind> {
  const kind = BodyKind.safeParse(flags['body-kind'] ?? 'report')
  if (!kind.success)
    return {
      problem: `unknown body kind ${quote(flags['body-kind'] ?? '')}: use message (the text of the message itself) or report (an article about it)`,
    }
  return {
    value: kind.data,
    from: flags['body-kind'] ? '--body-kind' : 'an article is a report unless --body-kind message',
  }
}

/** Our own words from the start: a title composed from the facts (the headline is the source's, so only offered). */
export function titleField(
  { article, flags, occasions, people }: Context,
  facts: { from: string; to: string; kind: string; occasion: string },
): Field<string> {
  if (flags.title) return { value: flags.title, from: '--title' }
  const label = occasions.find((o) => o.id === facts.occasion)?.label ?? facts.occasion
  const short = (id: string) => people.find((p) => p.id === id)?.shortName ?? id
  return {
    value: `${short(facts.from)}'s ${facts.kind.replace('-', ' ')} to ${short(facts.to)}: ${label}`,
    from: `composed from sender, kind, recipient and occasion${article.headline ? `; the headline was ${quote(article.headline)}` : ''}`,
  }
}

/** The first sentence of the body: a draft summary, to be rewritten in our own words. */
function firstSentence(paragraph: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(paragraph)
  return (m ? m[0] : paragraph).trim()
}

/** --summary, else a draft that quotes the article's first sentence, in quotation marks. */
export function summaryField({ article, flags }: Context): Field<string> {
  if (flags.summary) return { value: flags.summary, from: '--summary' }
  return {
    value: `“${firstSentence(article.paragraphs[0])}”`,
    from: "the article's first sentence, quoted; write a summary in our own words",
  }
}
