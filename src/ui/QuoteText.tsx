import type { Quote } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'
import { Highlight } from './Highlight.tsx'

/** A quote in quotation marks, or a paraphrase said to be one, without them. */
export function QuoteText({ quote }: { quote: Quote }) {
  if (quote.paraphrase)
    return (
      // A report's rendering, not the speaker's words: no quotation marks, and said so.
      <p className="text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]">
        <span className="mr-1.5 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700">
          {t('ui.paraphrase')}
        </span>
        <Highlight text={quote.text} />
      </p>
    )
  return (
    <blockquote className="font-serif text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]">
      “<Highlight text={quote.text} />”
    </blockquote>
  )
}
