import { useMemo } from 'react'
import type { CorpusIndex } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { silenceLabel } from '../ui/labels.ts'
import type { useViewState } from './useViewState.ts'

/** The silences the axis marks, what each is called, where a click on one goes, and their switch. */
export function useSilenceMarks(
  corpus: CorpusIndex,
  silences: readonly Silence[],
  on: boolean,
  update: ReturnType<typeof useViewState>['update'],
) {
  return useMemo(
    () => ({
      shown: silences,
      nameOf: (s: Silence) => silenceLabel(s, corpus.occasions, corpus.people),
      onOpen: (s: Silence) => update({ view: 'compare', occasions: new Set([s.occasion]), eventId: null }),
      on,
      onSwitch: (next: boolean) => update({ silences: next }),
    }),
    [silences, corpus, update, on],
  )
}
