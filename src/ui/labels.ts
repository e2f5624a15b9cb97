import type { Confidence, DateCertainty, EventKind } from '../data/schema.ts'

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

export const CERTAINTY_LABEL: Record<DateCertainty, string> = {
  exact: 'Exact date',
  reported: 'Date reported, not sent',
  inferred: 'Date partly inferred',
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  verified: 'Verified: checked against a second page or the primary text',
  'single-source': 'Single source: not yet confirmed elsewhere',
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
  if (!url || !/^https?:\/\//i.test(url)) return undefined
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined
  } catch {
    return undefined
  }
}
