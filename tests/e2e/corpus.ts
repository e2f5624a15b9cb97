import { wireIndex } from '../../scripts/corpusFiles.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import type { Event } from '../../src/data/schema.ts'

// What the browser tests expect, derived from data/ as it is: the corpus grows (npm run
// ingest), so no test hard-codes its counts, years or titles.

export const corpus = readCorpus('data')
export const events = corpus.events
export const total = events.length

/** "Showing 5 of 65 events", as the status line says it. */
export const showing = (n: number) => `Showing ${n} of ${total} event${total === 1 ? '' : 's'}`

export const ofOccasion = (id: string) => events.filter((e) => e.occasion === id)

export const occasionLabel = (id: string) => corpus.occasions.find((o) => o.id === id)?.label ?? id

/** The accessible name of an event's controls: title, written-out date, occasion. */
export const nameOf = (e: Event) =>
  `${e.title}, ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(e.date))}, ${occasionLabel(e.occasion)}`

/** The address of an event's own page (the app shows it there when the event is open); ids are [a-z0-9-]. */
export const atEvent = (id: string, query = '') => new RegExp(`/event/${id}/${query.replace('?', '\\?')}$`)

export const byId = (id: string) => {
  const e = events.find((x) => x.id === id)
  if (!e) throw new Error(`data/ has no event ${id}`)
  return e
}

/** The recurring occasion with the most events: a filter that always leaves some events. */
export const busiestOccasion = () =>
  [...corpus.occasions].sort((a, b) => ofOccasion(b.id).length - ofOccasion(a.id).length)[0].id

/** The years with no message where one was usual, as the build works them out for the index. */
export const silences = decodeIndex(wireIndex(corpus)).silences

/** The events that carry the message's own words in their sender's language, with that version. */
export const withOriginal = events.flatMap((e) => {
  const own = corpus.people.find((p) => p.id === e.from[0])?.language
  const text =
    e.from.length === 1 ? e.texts?.find((t) => t.status === 'original' && t.lang === own) : undefined
  return text ? [{ event: e, text }] : []
})
