import { formatLongDate } from '../data/dates.ts'
import { t } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'
import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Occasion, Person } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'

/**
 * Labels by key, read in the page's language each time (a getter per key calls t()): the
 * language is set before the first render, after this module has loaded.
 */
export function labels<K extends string>(ids: Record<K, MessageId>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>
  for (const key of Object.keys(ids) as K[])
    Object.defineProperty(out, key, { get: () => t(ids[key]), enumerable: true })
  return out
}

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

/**
 * The accessible name of an event wherever it is a control (axis, list, table):
 * "Kim greets Putin on his 72nd birthday, 7 October 2024, Putin's birthday".
 */
export function eventName(e: Pick<IndexEvent, 'title' | 'time'>, occasionLabel: string): string {
  return t('labels.eventName', { title: e.title, date: formatLongDate(e.time), occasion: occasionLabel })
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
