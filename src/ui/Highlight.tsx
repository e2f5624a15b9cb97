import { useContext } from 'react'
import { highlightParts } from './highlight.ts'
import { HighlightContext } from './highlightContext.ts'

/** Text with every search match wrapped in <mark>; rendered as text nodes, never as HTML. */
export function Highlight({ text }: { text: string }) {
  const pattern = useContext(HighlightContext)
  if (!pattern) return text
  return (
    <>
      {highlightParts(text, pattern).map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  )
}
