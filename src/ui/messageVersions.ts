import type { MessageText, TextStatus } from '../data/schema.ts'
import { locale } from '../i18n/format.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'

// How the panel and the event page lay out a message's published versions: grouped by
// language, the original's language first, English beside it, each version named in words.

const STATUS_ORDER: Record<TextStatus, number> = {
  original: 0,
  'official-translation': 1,
  'news-translation': 2,
}

/** One language's versions, the original first, then official, then news translations. */
export type LanguageGroup = { lang: string; texts: MessageText[] }

/** "ko" from "ko-KP": versions are grouped by their language, whatever the region. */
export const baseLanguage = (tag: string) => tag.split('-')[0].toLowerCase()

/**
 * The versions by language: the language of the original first (the sender's), then English,
 * then the rest in the order they first appear; within a language, by status.
 */
export function languageGroups(texts: readonly MessageText[]): LanguageGroup[] {
  const groups = new Map<string, MessageText[]>()
  for (const text of texts) {
    const lang = baseLanguage(text.lang)
    const list = groups.get(lang) ?? []
    list.push(text)
    groups.set(lang, list)
  }
  const originalLang = texts.find((text) => text.status === 'original')
  const rank = (lang: string) =>
    originalLang && baseLanguage(originalLang.lang) === lang ? 0 : lang === 'en' ? 1 : 2
  return [...groups]
    .map(([lang, list]) => ({
      lang,
      texts: list.toSorted((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
    }))
    .sort((a, b) => rank(a.lang) - rank(b.lang))
}

/** The two languages shown side by side: the first two groups (the original's and English), if there are two. */
export function sideBySide(groups: readonly LanguageGroup[]): [string, string] | null {
  return groups.length >= 2 ? [groups[0].lang, groups[1].lang] : null
}

const languageNames = new Map<Lang, Intl.DisplayNames>()

/**
 * "Korean" for "ko", in the page's language ("한국어", "Корейский"). Russian writes language
 * names in lower case within a sentence ("корейский"): `within` asks for that form; a label
 * or the start of a sentence (the default) gets a capital.
 */
export function languageName(tag: string, within = false): string {
  const lang = currentLang()
  let names = languageNames.get(lang)
  if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([locale(lang)], { type: 'language' })))
  let name: string
  try {
    name = names.of(tag) ?? tag
  } catch {
    // Not a well-formed language tag (data): shown as written.
    return tag
  }
  return within ? name : capitalize(name)
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1)

/**
 * What a version is, in words: "Korean original, KCNA, excerpt"; "English, KCNA's official
 * translation, full text"; "English, news translation by TASS, excerpt".
 */
export function versionLabel(v: MessageText): string {
  const values = {
    language: languageName(v.lang),
    publisher: v.publishedBy,
    extent: v.extent === 'full' ? t('ui.version.full') : t('ui.version.excerpt'),
  }
  if (v.status === 'original') return t('ui.version.original', values)
  if (v.status === 'official-translation')
    // English writes "TASS’ official translation", "KCNA’s official translation".
    return t('ui.version.official', { ...values, endsInS: /s$/i.test(v.publishedBy) ? 'yes' : 'no' })
  return t('ui.version.news', values)
}
