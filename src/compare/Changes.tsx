import { diffWords } from 'diff'
import { useMemo } from 'react'

type ChangesProps = {
  from: string
  to: string
  /** The language of both texts (BCP 47): words are cut by the browser's word segmenter for it. */
  lang: string
}

/**
 * The words added to and removed from `from` to make `to`, as <ins> and <del> (text only).
 * Words are found with Intl.Segmenter: diff's own word pattern knows only Latin letters and
 * would compare Korean and Russian letter by letter.
 */
export function Changes({ from, to, lang }: ChangesProps) {
  const parts = useMemo(
    () => diffWords(from, to, { intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }) }),
    [from, to, lang],
  )
  return (
    <p
      className="text-sm leading-relaxed whitespace-pre-line text-slate-800"
      data-testid="changes"
      lang={lang}
    >
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 no-underline">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100 text-red-950">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  )
}
