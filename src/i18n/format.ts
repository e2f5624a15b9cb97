import { currentLang } from './i18n.ts'
import type { Lang } from './langs.ts'

// Dates and numbers as each language writes them, through Intl, always in UTC so a reader in
// any time zone sees the same day: "7 October 2024", "2024년 10월 7일", "7 октября 2024 г.".

const DAY_MS = 86_400_000

/** British English writes the day first ("7 October 2024"), as the corpus's sources do. */
const LOCALE: Record<Lang, string> = { en: 'en-GB', ko: 'ko', ru: 'ru' }

export function locale(lang: Lang = currentLang()): string {
  return LOCALE[lang]
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language and style (Intl formatters are costly to make). */
export function dateFormat(
  options: Intl.DateTimeFormatOptions,
  lang: Lang = currentLang(),
): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' })))
  return f
}

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }

/** "7 October 2024". */
export function formatLongDate(time: number): string {
  return dateFormat(LONG).format(time)
}

const shortByDay = new Map<string, string>()

/** "7 Oct 2024" (cached per day: the axis asks every frame of a zoom). */
export function formatShortDate(time: number): string {
  const key = `${currentLang()}${Math.floor(time / DAY_MS)}`
  let s = shortByDay.get(key)
  if (s === undefined) shortByDay.set(key, (s = dateFormat(SHORT).format(Math.floor(time / DAY_MS) * DAY_MS)))
  return s
}

/** "3 Aug 2021 – 9 Sep 2022", or one date when both ends fall on the same day. */
export function formatRange(start: number, end: number): string {
  return start === end ? formatShortDate(start) : `${formatShortDate(start)} – ${formatShortDate(end)}`
}

/** A year as the language writes it on its own: "2024", "2024년", "2024". */
export function formatYear(time: number): string {
  return dateFormat({ year: 'numeric' }).format(time)
}

const numbers = new Map<Lang, Intl.NumberFormat>()

/** "1,234" in English, "1 234" in Russian. */
export function formatNumber(n: number): string {
  const lang = currentLang()
  let f = numbers.get(lang)
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])))
  return f.format(n)
}
