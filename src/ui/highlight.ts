export type Part = { text: string; mark: boolean }

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
