// Words in three scripts: Latin, Cyrillic and Hangul. Search (the index built at build time
// and the query in the browser), the marks on matches and the phrase trend all cut and fold
// text here, so they agree on what a word is.

/** A run of letters, digits and combining marks: a word in any script. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const HANGUL = /\p{Script=Hangul}/u

/** True for a word written (partly) in Hangul. */
export const isHangul = (word: string) => HANGUL.test(word)

/**
 * Case-folded, composed text: "Ёлка" and "ёлка" are "елка" (Russian writes ё as е as often as
 * not), decomposed Hangul syllables become whole ones. Keeps the length of composed text.
 */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е')
}

/** The words of a text, folded: what a query is cut into. */
export function words(text: string): string[] {
  return foldCase(text).match(WORD) ?? []
}

/** The shortest tail of a Hangul word that is indexed on its own. */
const MIN_HANGUL_TAIL = 2

/**
 * The words of a text as the search index stores them. Korean writes compounds and particles
 * as one word ("조로친선관계를"), so a Hangul word is also stored by each of its tails of two
 * syllables or more; a query then finds "친선" inside it by prefix. Latin and Cyrillic words
 * are stored whole.
 */
export function indexWords(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    out.push(w)
    if (!isHangul(w)) continue
    const chars = [...w]
    for (let i = 1; i <= chars.length - MIN_HANGUL_TAIL; i++) out.push(chars.slice(i).join(''))
  }
  return out
}
