import { foldCase, isHangul } from './words.ts'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A term as a pattern: Russian е also matches ё, which the search folds into е. */
const termSource = (t: string) => escape(t).replaceAll('е', '[её]')

/**
 * A regular expression for the words that start with one of `terms`, any case; null when
 * there is nothing to mark. Longer terms first, so "friendship" wins over "friend". A Hangul
 * term is marked wherever it stands: search finds it inside a compound or before a particle
 * ("친선" in "조로친선관계를"), so its mark covers just those syllables.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const clean = [...new Set(terms.map((t) => foldCase(t.trim())).filter((t) => t.length > 0))]
  if (clean.length === 0) return null
  clean.sort((a, b) => b.length - a.length)
  const hangul = clean.filter(isHangul).map(termSource)
  const other = clean.filter((t) => !isHangul(t)).map(termSource)
  const alternatives = [
    ...(other.length ? [`(?<![\\p{L}\\p{N}])(?:${other.join('|')})[\\p{L}\\p{N}]*`] : []),
    ...(hangul.length ? [`(?:${hangul.join('|')})`] : []),
  ]
  return new RegExp(alternatives.join('|'), 'giu')
}
