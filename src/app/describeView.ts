import type { CorpusIndex } from '../data/indexFormat.ts'
import { t } from '../i18n/i18n.ts'
import type { ViewState } from './urlState.ts'

/** The view in a few words, for an embedded frame's name: "Victory Day, 2020–2025, “friendship”". */
export function describeView(view: ViewState, corpus: CorpusIndex): string {
  const all = view.occasions.size === corpus.occasions.length
  const parts = [
    all
      ? t('share.embed.everything')
      : corpus.occasions
          .filter((o) => view.occasions.has(o.id))
          .map((o) => o.label)
          .join(', '),
  ]
  if (view.from || view.to) parts.push(`${view.from ?? ''}–${view.to ?? ''}`)
  if (view.q) parts.push(`“${view.q}”`)
  return parts.join(', ')
}
