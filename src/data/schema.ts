// Long by design: the one definition of every data file's shape and rules (DESIGN.md), kept
// together so that zod, the exported JSON Schema and `validate` read the same lines.
import { z } from 'zod'
import { checkRules, rulesAsJsonSchema, type Rule } from './rules.ts'
import { copiedWords, MIN_COPIED_WORDS } from './copiedWords.ts'
import { EVENT_KINDS } from './kinds.ts'
import { CUT } from './cut.ts'
import { HTTP_URL } from './urls.ts'

// The one source of the corpus types. Node code (build plugin, scripts, tests) validates
// with these schemas; browser code imports only the inferred types, so zod never ships.
// Every rule is written in a form the JSON Schema export carries (a pattern, or a rule from
// rules.ts), so an editor checks what the build checks; the few that JSON Schema cannot
// state are marked "validate only" below and listed in the README.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A real calendar day written YYYY-MM-DD, leap years included: 2024-02-29 yes, 2023-02-29
 * and 2024-02-30 no. A pattern rather than a Date check, so the exported schema carries it.
 */
export const CALENDAR_DAY =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/

/** True when `s` is a real calendar day written YYYY-MM-DD (rejects 2024-02-30). */
export function isIsoDay(s: string): boolean {
  return CALENDAR_DAY.test(s)
}

/** Words about how the corpus was made: a reader sees data, never our workshop. */
export const WORKSHOP_WORDS = ['seed', 'seeds', 'unnamed news site', 'as received', 'research note']

/** Either case, for a pattern that cannot carry the `i` flag (JSON Schema patterns have none). */
const anyCase = (s: string) =>
  s.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`,
  )

const NO_WORKSHOP_WORDS = new RegExp(
  `^(?![\\s\\S]*(?:${[
    ...WORKSHOP_WORDS.map((w) => `\\b${anyCase(w).replace(/ /g, '\\s+')}\\b`),
    // file names and content hashes, such as "000_5d4a8b2e97a49c1c.txt"
    `\\.(?:${['txt', 'csv', 'json', 'md'].map(anyCase).join('|')})\\b`,
    '\\b[0-9a-f]{12,}\\b',
  ].join('|')}))`,
  'u',
)

/** Checks run even when other fields failed, so one pass reports every problem. */
const ALWAYS = { when: () => true }

/** Any text: at least one character that is not a space. */
const text = z.string().regex(/\S/, 'a non-empty text')

/** Text in our own words that a reader sees: it must not talk about how the data was made. */
const readerText = text.regex(
  NO_WORKSHOP_WORDS,
  `text about the event, not about how the data was made (no ${WORKSHOP_WORDS.map((w) => `"${w}"`).join(', ')}, file names or hashes)`,
)

export const HttpUrl = z.string().regex(HTTP_URL, 'an http(s) URL')
export const Slug = z.string().regex(SLUG, 'a lower-case slug such as "victory-day"')
export const IsoDay = z
  .string()
  .regex(CALENDAR_DAY, 'a real calendar date YYYY-MM-DD')
  .meta({ format: 'date' })

export const DateCertainty = z.enum(['exact', 'reported', 'inferred'])
export const EventKind = z.enum(EVENT_KINDS)
export const Confidence = z.enum(['verified', 'single-source'])
/** A body is either the message's own text or a news report about it. */
export const BodyKind = z.enum(['message', 'report'])

export const MAX_QUOTE_WORDS = 25

export const SourceSchema = z.strictObject({
  publisher: readerText,
  url: HttpUrl.optional(),
  title: text.optional().describe("The article's headline, verbatim."),
  note: readerText.optional(),
})

/** Where a body comes from; a report copied without its page may not know its publisher. */
export const BodySourceSchema = z
  .strictObject({
    publisher: readerText.optional(),
    url: HttpUrl.optional(),
    title: text.optional().describe("The article's headline, verbatim."),
    note: readerText.optional(),
  })
  .describe('Where the body comes from. Leave out what is not known: the page says "publisher not recorded".')

const QUOTE_RULES: Rule[] = [
  {
    when: { field: 'source', matches: '[Pp][Aa][Rr][Aa][Pp][Hh][Rr][Aa][Ss][Ee]' },
    then: { field: 'paraphrase', equals: true },
    message: 'a paraphrase marked "paraphrase": true, so it is never shown as a quotation',
  },
]

/** At most MAX_QUOTE_WORDS words, as a pattern (the exported schema carries it). */
const SHORT_QUOTE = `^\\s*\\S+(?:\\s+\\S+){0,${MAX_QUOTE_WORDS - 1}}\\s*$`

export const QuoteSchema = z
  .strictObject({
    text: text.regex(new RegExp(SHORT_QUOTE, 'u'), `a quote of at most ${MAX_QUOTE_WORDS} words`),
    source: readerText,
    url: HttpUrl,
    paraphrase: z
      .boolean()
      .optional()
      .describe(
        "True when the words are a report's rendering, not the speaker's: shown without quotation marks.",
      ),
  })
  .superRefine(checkRules(QUOTE_RULES), ALWAYS)
  .meta({ allOf: rulesAsJsonSchema(QUOTE_RULES) })

/** A BCP 47 language tag, as the page's `lang` attribute takes it: "ko", "ru", "en", "ko-KP". */
export const LANG_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/
export const LangTag = z.string().regex(LANG_TAG, 'a BCP 47 language tag such as "ko", "ru" or "en"')

/**
 * What a version of a message's text is: the sender's own words as the sender's side published
 * them; a translation a government or state agency published as the message (KCNA's English or
 * Russian of Kim's, KCNA's Korean of Putin's, the Kremlin's English); or a news outlet's own
 * translation. Our own translations are never a version: every version has a page it was
 * copied from.
 */
export const TextStatus = z.enum(['original', 'official-translation', 'news-translation'])
/** The whole message, salutation to closing, or passages of it. */
export const TextExtent = z.enum(['full', 'excerpt'])

const TEXT_RULES: Rule[] = [
  {
    when: { field: 'extent', oneOf: ['full'] },
    then: { field: 'paragraphs', eachMatches: `^(?!\\s*\\[…\\]\\s*$)` },
    message: `no cut ("${CUT}") in a full text: a text with words left out is an excerpt`,
  },
  {
    when: { field: 'status', oneOf: ['news-translation'] },
    then: { field: 'extent', equals: 'excerpt' },
    message: `"extent": "excerpt" for a news outlet's translation: it is quoted in passages, not copied whole`,
  },
  {
    when: { field: 'status', oneOf: ['news-translation'] },
    then: { field: 'paragraphs', eachMatches: SHORT_QUOTE },
    message: `passages of at most ${MAX_QUOTE_WORDS} words in a news outlet's translation (a text published by a government or state agency may be whole)`,
  },
]

export const TextSourceSchema = z
  .strictObject({
    publisher: readerText.describe('The site the words were copied from.'),
    url: HttpUrl.describe('The page that prints these words.'),
    title: text.optional().describe("The page's headline, verbatim."),
  })
  .describe('The page this version was copied from, as it prints it.')

/** One published version of a message's own words. */
export const MessageTextSchema = z
  .strictObject({
    lang: LangTag.describe('The language of this version (BCP 47): "ko", "ru", "en".'),
    status: TextStatus.describe(
      "original: the sender's own words; official-translation: published as the message by a government or state agency (KCNA, the Kremlin); news-translation: a news outlet's translation.",
    ),
    extent: TextExtent.describe('full: the whole message, salutation to closing; excerpt: passages of it.'),
    publishedBy: readerText.describe(
      'Who first published this version: "KCNA", "the Kremlin", "Rodong Sinmun".',
    ),
    paragraphs: z
      .array(text)
      .min(1, 'at least one paragraph')
      .describe(
        'Verbatim, as the page prints them, one string per paragraph; in an excerpt, a paragraph "[…]" of its own where words are left out.',
      ),
    source: TextSourceSchema,
    note: readerText
      .optional()
      .describe("Our own words on this version: an outlet's glosses, spelling, where it stops."),
  })
  .superRefine(checkRules(TEXT_RULES), ALWAYS)
  .meta({ allOf: rulesAsJsonSchema(TEXT_RULES) })

export const VERIFIED_MIN_SOURCES = 2

const EVENT_RULES: Rule[] = [
  {
    when: { field: 'dateCertainty', oneOf: ['reported', 'inferred'] },
    then: { require: 'dateNote' },
    message: 'a note saying why the date is not exact',
  },
  {
    when: { field: 'body', present: true },
    then: { require: 'bodySource' },
    message: 'the source of the full text (publisher, and URL where known)',
  },
  {
    when: { field: 'body', present: true },
    then: { require: 'bodyKind' },
    message: 'what the body is: "message" (its own text) or "report" (an article about it)',
  },
  {
    when: { field: 'confidence', oneOf: ['verified'] },
    then: { field: 'sources', atLeast: VERIFIED_MIN_SOURCES, itemsWith: 'url' },
    message: `at least ${VERIFIED_MIN_SOURCES} sources with links for a verified event, or "confidence": "single-source"`,
  },
]

/** Lower-cased publisher and host, to tell two sources from different publishers apart. */
function publisherKey(s: { publisher?: unknown; url?: unknown }): { name: string; host: string } {
  const name = typeof s.publisher === 'string' ? s.publisher.trim().toLowerCase() : ''
  let host = ''
  if (typeof s.url === 'string' && URL.canParse(s.url))
    host = new URL(s.url).hostname.replace(/^(?:www\d?|m|amp|mobile)\./, '')
  return { name, host }
}

/** Validate only (JSON Schema cannot compare items): a verified event's links come from two publishers. */
function distinctPublishers(value: unknown, ctx: z.RefinementCtx) {
  if (!value || typeof value !== 'object') return
  const e = value as Record<string, unknown>
  if (e.confidence !== 'verified' || !Array.isArray(e.sources)) return
  const linked = e.sources.filter(
    (s): s is Record<string, unknown> => !!s && typeof s === 'object' && !!s.url,
  )
  const keys = linked.map(publisherKey)
  const distinct = keys.some((a, i) => keys.some((b, j) => j > i && a.name !== b.name && a.host !== b.host))
  if (linked.length >= VERIFIED_MIN_SOURCES && !distinct)
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'sources from two different publishers (names and sites) for a verified event',
      input: e.sources,
    })
}

/** Validate only: our words (title, summary) quote a source only inside quotation marks. */
function ownWords(value: unknown, ctx: z.RefinementCtx) {
  if (!value || typeof value !== 'object') return
  const e = value as Record<string, unknown>
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])
  const quotes = Array.isArray(e.quotes) ? e.quotes.map((q) => (q as { text?: unknown })?.text) : []
  const headline = (e.bodySource as { title?: unknown } | undefined)?.title
  const texts = Array.isArray(e.texts)
    ? e.texts.flatMap((t) => strings((t as { paragraphs?: unknown })?.paragraphs))
    : []
  const sourceTexts = [...strings(quotes), ...strings(e.body), ...strings([headline]), ...texts]
  for (const field of ['title', 'summary'] as const) {
    const own = e[field]
    if (typeof own !== 'string') continue
    const copied = copiedWords(own, sourceTexts)
    if (copied)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `our own words, or the source's words in quotation marks: "${copied}" is copied from a source (${MIN_COPIED_WORDS} or more words in a row)`,
        input: own,
      })
  }
}

/** Our own words in Korean and in Russian, each optional (English is the record's own fields). */
function translated<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ko: z.strictObject(shape).optional(), ru: z.strictObject(shape).optional() })
    .optional()
    .describe(
      "Our own words in Korean (ko) and Russian (ru): the same fields as in English, never a source's text.",
    )
}

export const EventWordsSchema = z.strictObject({
  title: readerText,
  summary: readerText,
  dateNote: readerText.optional(),
})

export const EventSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id "<YYYY-MM-DD>-<slug>"')
      .describe('<date>-<slug>; the file is named <id>.json.'),
    date: IsoDay.describe('The day the message was sent or the meeting held (see dateCertainty).'),
    dateCertainty: DateCertainty.describe(
      'exact: the day is known; reported: the day an agency published it; inferred: worked out, see dateNote.',
    ),
    dateNote: readerText.optional().describe('Why the date is not exact, or what else is known about it.'),
    kind: EventKind,
    occasion: Slug.describe('An occasion id from data/occasions.json.'),
    from: z.array(Slug).min(1, 'at least one person id'),
    to: z.array(Slug).min(1, 'at least one person id'),
    title: readerText.describe('Our own words, not the source headline.'),
    summary: readerText.describe(
      'One or two sentences in our own words; source words only in quotation marks.',
    ),
    confidence: Confidence.describe(
      'verified: at least two sources with links, from different publishers; single-source: one.',
    ),
    body: z
      .array(text)
      .min(1, 'at least one paragraph')
      .optional()
      .describe('The full text, verbatim, one string per paragraph, page furniture removed.'),
    bodyKind: BodyKind.optional().describe(
      'message: the text of the message itself; report: an article about it.',
    ),
    bodySource: BodySourceSchema.optional(),
    quotes: z.array(QuoteSchema),
    texts: z
      .array(MessageTextSchema)
      .optional()
      .describe("The message's own words: each published version, the sender's original first."),
    sources: z.array(SourceSchema).min(1, 'at least one source'),
    related: z
      .array(z.string())
      .describe('Ids of the reply, the other half of an exchange, or the meeting it cites.'),
    translations: translated(EventWordsSchema.shape),
  })
  // The checks may see a malformed object (they run even when fields failed): they read it loosely.
  .superRefine(checkRules(EVENT_RULES), ALWAYS)
  .superRefine(distinctPublishers, ALWAYS)
  .superRefine(ownWords, ALWAYS)
  .meta({ allOf: rulesAsJsonSchema(EVENT_RULES) })

export const OccasionSchema = z.strictObject({
  id: Slug,
  label: text,
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour "#rrggbb"'),
  recurring: z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'a month-day "MM-DD"')
    .optional(),
  description: text,
  translations: translated({ label: text, description: text }),
})

export const PersonSchema = z.strictObject({
  id: Slug,
  name: text,
  language: LangTag.describe('The language this person writes in: an "original" text from them is in it.'),
  shortName: text,
  office: text,
  country: text,
  capital: text,
  translations: translated({ name: text, shortName: text, office: text, country: text, capital: text }),
})

/** A period shaded behind the axis, such as the treaty's road from signature to force. */
export const EraSchema = z
  .strictObject({
    id: Slug,
    label: readerText.describe('A short name, shown on the axis.'),
    start: IsoDay,
    end: IsoDay,
    description: readerText.describe('One or two sentences in our own words, with what the dates mark.'),
    sources: z.array(SourceSchema).min(1, 'at least one source'),
    translations: translated({ label: readerText, description: readerText }),
  })
  .superRefine((e, ctx) => {
    // Validate only: JSON Schema cannot compare two fields.
    if (typeof e.start === 'string' && typeof e.end === 'string' && e.end < e.start)
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `an end on or after the start (${e.start})`,
        input: e.end,
      })
  }, ALWAYS)

/** How far the corpus has been checked against the sources: after this, a gap is not a silence. */
export const CoverageSchema = z.strictObject({
  checkedFrom: IsoDay.describe('The first day for which the sources have been searched for every message.'),
  checkedThrough: IsoDay.describe(
    'The last day for which the sources have been searched for every message; move it forward after a new search.',
  ),
  note: readerText.describe('What was checked, and how, in our own words.'),
  translations: translated({ note: readerText }),
})

export const OccasionsFile = z.array(OccasionSchema).min(1)
export const ErasFile = z.array(EraSchema)
export const PeopleFile = z.array(PersonSchema).min(1)

export type Event = z.infer<typeof EventSchema>
export type EventKind = z.infer<typeof EventKind>
export type DateCertainty = z.infer<typeof DateCertainty>
export type Confidence = z.infer<typeof Confidence>
export type BodyKind = z.infer<typeof BodyKind>
export type Source = z.infer<typeof SourceSchema>
export type BodySource = z.infer<typeof BodySourceSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Occasion = z.infer<typeof OccasionSchema>
export type Person = z.infer<typeof PersonSchema>
export type Era = z.infer<typeof EraSchema>
export type MessageText = z.infer<typeof MessageTextSchema>
export type TextStatus = z.infer<typeof TextStatus>
export type Coverage = z.infer<typeof CoverageSchema>
export type EventWords = z.infer<typeof EventWordsSchema>
