export type Part = { text: string; mark: boolean }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A regular expression for whole words that start with one of `terms`, any case; null when
 * there is nothing to mark. Longer terms first, so "friendship" wins over "friend".
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const clean = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))]
  if (clean.length === 0) return null
  clean.sort((a, b) => b.length - a.length)
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${clean.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu')
}

/** `text` cut into plain and marked parts: the parts join back to `text`, exactly. */
export function highlightParts(text: string, pattern: RegExp | null): Part[] {
  if (!pattern || text === '') return [{ text, mark: false }]
  const parts: Part[] = []
  let at = 0
  for (const m of text.matchAll(pattern)) {
    const i = m.index ?? 0
    if (m[0] === '') continue
    if (i > at) parts.push({ text: text.slice(at, i), mark: false })
    parts.push({ text: m[0], mark: true })
    at = i + m[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false })
  return parts
}
