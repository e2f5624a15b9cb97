import type { Confidence, DateCertainty, EventKind } from '../data/schema.ts'
import { isHttpUrl } from '../data/urls.ts'
import { labels } from './labels.ts'

// Labels of a record's fields that the panel, the table and the filters show (they load after
// the first view, and so does this).

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
