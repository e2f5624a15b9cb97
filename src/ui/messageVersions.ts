import type { MessageText, TextStatus } from '../data/schema.ts'

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
  for (const t of texts) {
    const lang = baseLanguage(t.lang)
    const list = groups.get(lang) ?? []
    list.push(t)
    groups.set(lang, list)
  }
  const originalLang = texts.find((t) => t.status === 'original')
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

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** "Korean" for "ko". */
export function languageName(tag: string): string {
  return languageNames.of(tag) ?? tag
}

/** "KCNA's", "the Kremlin's". */
const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`)

/**
 * What a version is, in words: "Korean original, KCNA, excerpt"; "English, KCNA's official
 * translation, full text"; "English, news translation by TASS, excerpt".
 */
export function versionLabel(t: MessageText): string {
  const extent = t.extent === 'full' ? 'full text' : 'excerpt'
  const language = languageName(t.lang)
  if (t.status === 'original') return `${language} original, ${t.publishedBy}, ${extent}`
  if (t.status === 'official-translation')
    return `${language}, ${possessive(t.publishedBy)} official translation, ${extent}`
  return `${language}, news translation by ${t.publishedBy}, ${extent}`
}
