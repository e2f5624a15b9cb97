// Turning an article as copied from a news page into verbatim paragraphs.
// The page-furniture rules live here and only here (ingest and the seed import both use them).

/** Lines that are page chrome, never article text (compared trimmed, case-insensitively). */
export const FURNITURE_LINES = ['no time to read?', 'get a summary']

/** Navigation labels that are followed by the title of the linked article: both go. */
export const FURNITURE_LINK_LABELS = ['previous article', 'next article']

/**
 * Normalises encoding noise without touching wording: BOM, CRLF/CR line ends, NBSP and other
 * Unicode spaces become plain spaces, zero-width characters go. Curly quotes are kept, as in
 * the source (they are text, not noise).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
}

/** Removes furniture lines and the link title after each navigation label. */
export function stripFurniture(lines: readonly string[]): string[] {
  const out: string[] = []
  let skipNextText = false
  for (const line of lines) {
    const key = line.trim().toLowerCase()
    if (key === '') {
      out.push(line)
      continue
    }
    if (skipNextText) {
      skipNextText = false
      continue
    }
    if (FURNITURE_LINK_LABELS.includes(key)) {
      skipNextText = true
      continue
    }
    if (FURNITURE_LINES.includes(key)) continue
    out.push(line)
  }
  return out
}

/** One paragraph per non-blank line, spaces inside a line collapsed, ends trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
}

/** A first line that reads as a headline: short, and not ending like a sentence. */
export function isHeadline(line: string): boolean {
  const t = line.trim()
  return t.length > 0 && t.length <= 140 && !/[.!?:;,"”’]$/.test(t) && t.split(/\s+/).length <= 20
}

export type ParsedArticle = { headline?: string; paragraphs: string[] }

/** Headline (when the first line is one) and the verbatim body paragraphs. */
export function parseArticle(raw: string): ParsedArticle {
  const lines = stripFurniture(normalizeText(raw).split('\n'))
  const paragraphs = splitParagraphs(lines.join('\n'))
  if (paragraphs.length > 1 && isHeadline(paragraphs[0])) {
    return { headline: paragraphs[0], paragraphs: paragraphs.slice(1) }
  }
  return { paragraphs }
}
