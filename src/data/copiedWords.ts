/** This many words in a row, shared with a source outside quotation marks, count as copied. */
export const MIN_COPIED_WORDS = 6

/** Spans in quotation marks: “…”, "…" and «…» (not ‘…’, whose closing mark is also an apostrophe). */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/gu
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

const words = (s: string) => (s.toLowerCase().replace(/’/g, "'").match(WORD) ?? []) as string[]

/**
 * The first run of MIN_COPIED_WORDS or more words of `own` that also stands, in the same
 * order, in one of `sources`, ignoring case and punctuation; words inside quotation marks
 * are quoting, not copying. Undefined when `own` is its own words.
 */
export function copiedWords(own: string, sources: readonly string[]): string | undefined {
  const n = MIN_COPIED_WORDS
  const grams = new Set<string>()
  for (const s of sources) {
    const w = words(s)
    for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '))
  }
  if (grams.size === 0) return undefined
  for (const segment of own.split(QUOTED)) {
    const w = words(segment)
    for (let i = 0; i + n <= w.length; i++) {
      if (!grams.has(w.slice(i, i + n).join(' '))) continue
      let end = i + n
      while (end < w.length && grams.has(w.slice(end - n + 1, end + 1).join(' '))) end++
      return w.slice(i, end).join(' ')
    }
  }
  return undefined
}
