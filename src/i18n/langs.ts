// The interface's languages. English first: our own words are required in it, and a page
// without a language of its own (the site's root) is in it.

export const LANGS = ['en', 'ko', 'ru'] as const
/** The languages our own words may be written in besides English. */
export const OTHER_LANGS = ['ko', 'ru'] as const

export type Lang = (typeof LANGS)[number]
export type OtherLang = (typeof OTHER_LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** Each language's name in itself, for the switch in the header. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', ru: 'Русский' }

/** The same, short, for the switch on a phone. */
export const LANG_SHORT: Record<Lang, string> = { en: 'EN', ko: '한', ru: 'РУ' }

/** Where a language's pages live below the site's root: "" for English, "ko/" and "ru/". */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '' : `${lang}/`
}

/** The language a page is written in, from <html lang>; English when it says none we have. */
export function pageLang(doc: Document = document): Lang {
  const lang = doc.documentElement.lang
  return isLang(lang) ? lang : 'en'
}
