import { z } from 'zod'

// The one source of the corpus types. Node code (build plugin, scripts, tests) validates
// with these schemas; browser code imports only the inferred types, so zod never ships.

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** True when `s` is a real calendar day written YYYY-MM-DD (rejects 2024-02-30). */
export function isIsoDay(s: string): boolean {
  if (!isoDate.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const text = z.string().trim().min(1, 'a non-empty text')

/** Only http(s) links: article text is untrusted and a link must never run code. */
export const HttpUrl = z.string().refine((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s) && URL.canParse(s), {
  message: 'an http(s) URL',
})

export const Slug = z.string().regex(slug, 'a lower-case slug such as "victory-day"')
export const IsoDay = z
  .string()
  .regex(isoDate, 'a date YYYY-MM-DD')
  .refine(isIsoDay, { message: 'a real calendar date YYYY-MM-DD' })

export const DateCertainty = z.enum(['exact', 'reported', 'inferred'])
export const EventKind = z.enum([
  'message',
  'telegram',
  'letter',
  'greeting-card',
  'condolence',
  'phone-call',
  'visit',
  'summit',
  'ratification',
  'treaty',
])
export const Confidence = z.enum(['verified', 'single-source'])

export const SourceSchema = z.strictObject({
  publisher: text,
  url: HttpUrl.optional(),
  title: text.optional(),
  note: text.optional(),
})

export const QuoteSchema = z.strictObject({
  text: text.refine((s) => s.split(/\s+/).length <= 25, { message: 'a quote of at most 25 words' }),
  source: text,
  url: HttpUrl,
})

export const EventSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id "<YYYY-MM-DD>-<slug>"'),
    date: IsoDay.describe('The day the message was sent or the meeting held (see dateCertainty).'),
    dateCertainty: DateCertainty.describe(
      'exact: the day is known; reported: the day an agency published it; inferred: worked out, see dateNote.',
    ),
    dateNote: text.optional().describe('Why the date is not exact, or what else is known about it.'),
    kind: EventKind,
    occasion: Slug.describe('An occasion id from data/occasions.json.'),
    from: z.array(Slug).min(1, 'at least one person id'),
    to: z.array(Slug).min(1, 'at least one person id'),
    title: text.describe('Our own words, not the source headline.'),
    summary: text.describe('One or two sentences in our own words.'),
    confidence: Confidence,
    body: z
      .array(text)
      .min(1, 'at least one paragraph')
      .optional()
      .describe('The full text, verbatim, one string per paragraph, page furniture removed.'),
    bodySource: SourceSchema.optional(),
    quotes: z.array(QuoteSchema),
    sources: z.array(SourceSchema).min(1, 'at least one source'),
    related: z
      .array(z.string())
      .describe('Ids of the reply, the other half of an exchange, or the meeting it cites.'),
  })
  // `when: () => true` runs these rules even when other fields are wrong, so one pass
  // reports every problem; the input may therefore be malformed, hence the loose checks.
  .refine((e) => !(e.dateCertainty === 'reported' || e.dateCertainty === 'inferred') || !!e.dateNote, {
    path: ['dateNote'],
    message: 'a note saying why the date is not exact',
    when: () => true,
  })
  .refine((e) => !e.body || !!e.bodySource, {
    path: ['bodySource'],
    message: 'the source of the full text (publisher, and URL where known)',
    when: () => true,
  })

export const OccasionSchema = z.strictObject({
  id: Slug,
  label: text,
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour "#rrggbb"'),
  recurring: z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'a month-day "MM-DD"')
    .optional(),
  description: text,
})

export const PersonSchema = z.strictObject({
  id: Slug,
  name: text,
  shortName: text,
  office: text,
  country: text,
  capital: text,
})

export const OccasionsFile = z.array(OccasionSchema).min(1)
export const PeopleFile = z.array(PersonSchema).min(1)

export type Event = z.infer<typeof EventSchema>
export type EventKind = z.infer<typeof EventKind>
export type DateCertainty = z.infer<typeof DateCertainty>
export type Confidence = z.infer<typeof Confidence>
export type Source = z.infer<typeof SourceSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Occasion = z.infer<typeof OccasionSchema>
export type Person = z.infer<typeof PersonSchema>
