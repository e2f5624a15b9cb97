import { formatLongDate } from '../data/dates.ts'
import { isHttpUrl } from '../data/urls.ts'
import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Confidence, DateCertainty, EventKind, Occasion, Person } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'

export const KIND_LABEL: Record<EventKind, string> = {
  message: 'Message',
  telegram: 'Telegram',
  letter: 'Letter',
  'greeting-card': 'Greeting card',
  condolence: 'Condolence message',
  'phone-call': 'Phone call',
  visit: 'Visit',
  summit: 'Summit',
  ratification: 'Ratification',
  treaty: 'Treaty',
}

/** The three lanes, named by direction (top to bottom on the axis). */
export const LANE_LABEL: Record<Lane, string> = {
  'to-moscow': 'Pyongyang → Moscow',
  'to-pyongyang': 'Moscow → Pyongyang',
  joint: 'Meetings and joint acts',
}

/** Who wrote to whom, short: for lists and tables. */
export const LANE_SHORT: Record<Lane, string> = {
  'to-moscow': 'Kim → Putin',
  'to-pyongyang': 'Putin → Kim',
  joint: 'Kim and Putin',
}

export const CERTAINTY_LABEL: Record<DateCertainty, string> = {
  exact: 'Exact date',
  reported: 'Date reported, not sent',
  inferred: 'Date partly inferred',
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  verified: 'Verified',
  'single-source': 'Single source',
}

/** What each confidence level means, in plain words, next to the sources it rests on. */
export const CONFIDENCE_EXPLAINED: Record<Confidence, string> = {
  verified: 'at least two publishers, independently of each other, report this event; each is linked below.',
  'single-source': 'only one publisher reporting this event has been found so far. Treat it with care.',
}

/**
 * The accessible name of an event wherever it is a control (axis, list, table):
 * "Kim greets Putin on his 72nd birthday, 7 October 2024, Putin's birthday".
 */
export function eventName(e: Pick<IndexEvent, 'title' | 'time'>, occasionLabel: string): string {
  return `${e.title}, ${formatLongDate(e.time)}, ${occasionLabel}`
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
  return `No message from ${sender} found for ${occasion} ${s.year}`
}
