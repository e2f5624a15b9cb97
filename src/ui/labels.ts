import { formatLongDate } from '../data/dates.ts'
import { t } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'
import { isHttpUrl } from '../data/urls.ts'
import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Confidence, DateCertainty, EventKind, Occasion, Person } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'

/**
 * Labels by key, read in the page's language each time (a getter per key calls t()): the
 * language is set before the first render, after this module has loaded.
 */
function labels<K extends string>(ids: Record<K, MessageId>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>
  for (const key of Object.keys(ids) as K[])
    Object.defineProperty(out, key, { get: () => t(ids[key]), enumerable: true })
  return out
}

export const KIND_LABEL = labels<EventKind>({
  message: 'labels.kind.message',
  telegram: 'labels.kind.telegram',
  letter: 'labels.kind.letter',
  'greeting-card': 'labels.kind.greetingCard',
  condolence: 'labels.kind.condolence',
  'phone-call': 'labels.kind.phoneCall',
  visit: 'labels.kind.visit',
  summit: 'labels.kind.summit',
  ratification: 'labels.kind.ratification',
  treaty: 'labels.kind.treaty',
})

/** The three lanes, named by direction (top to bottom on the axis). */
export const LANE_LABEL = labels<Lane>({
  'to-moscow': 'labels.lane.toMoscow',
  'to-pyongyang': 'labels.lane.toPyongyang',
  joint: 'labels.lane.joint',
})

/** Who wrote to whom, short: for lists and tables. */
export const LANE_SHORT = labels<Lane>({
  'to-moscow': 'labels.laneShort.toMoscow',
  'to-pyongyang': 'labels.laneShort.toPyongyang',
  joint: 'labels.laneShort.joint',
})

export const CERTAINTY_LABEL = labels<DateCertainty>({
  exact: 'labels.certainty.exact',
  reported: 'labels.certainty.reported',
  inferred: 'labels.certainty.inferred',
})

export const CONFIDENCE_LABEL = labels<Confidence>({
  verified: 'labels.confidence.verified',
  'single-source': 'labels.confidence.singleSource',
})

/** What each confidence level means, in plain words, next to the sources it rests on. */
export const CONFIDENCE_EXPLAINED = labels<Confidence>({
  verified: 'labels.confidenceExplained.verified',
  'single-source': 'labels.confidenceExplained.singleSource',
})

/**
 * The accessible name of an event wherever it is a control (axis, list, table):
 * "Kim greets Putin on his 72nd birthday, 7 October 2024, Putin's birthday".
 */
export function eventName(e: Pick<IndexEvent, 'title' | 'time'>, occasionLabel: string): string {
  return t('labels.eventName', { title: e.title, date: formatLongDate(e.time), occasion: occasionLabel })
}

/** "tass.com" from a URL, for link text that says where it goes. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** The URL when it is http(s), else undefined: a link from data must never run code. */
export function safeHref(url: string | undefined): string | undefined {
  if (!isHttpUrl(url)) return undefined
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined
  } catch {
    return undefined
  }
}

/** Who writes in a lane's direction: the person whose capital the lane starts from. */
export function senderOf(lane: Silence['lane'], people: readonly Person[]): Person | undefined {
  const capital = lane === 'to-moscow' ? 'Pyongyang' : 'Moscow'
  return people.find((p) => p.capital === capital)
}

/** "No message from Kim found for Victory Day 2021": a silence, in words. */
export function silenceLabel(s: Silence, occasions: readonly Occasion[], people: readonly Person[]): string {
  const occasion = occasions[s.occasionIndex]?.label ?? s.occasion
  const sender = senderOf(s.lane, people)?.shortName ?? LANE_SHORT[s.lane]
  return t('labels.silence', { sender, occasion, year: String(s.year) })
}
