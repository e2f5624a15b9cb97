import type { CorpusIndex } from '../data/indexFormat.ts'
import { corpusDomain } from '../timeline/corpusDomain.ts'

/**
 * What the page derives once from the index: occasions by id, each occasion's inks (a mixed
 * cluster's for none), the axis's whole range and the corpus's years, first to last.
 */
export function corpusFacts(corpus: CorpusIndex) {
  const occasionById = new Map(corpus.occasions.map((o) => [o.id, o]))
  const inks = new Map(corpus.occasions.map((o, i) => [o.id, corpus.inks[i]]))
  const first = new Date(corpus.events[0]?.time ?? 0).getUTCFullYear()
  const last = new Date(corpus.events.at(-1)?.time ?? 0).getUTCFullYear()
  return {
    occasionById,
    inkOf: (occasion: string | null) => (occasion && inks.get(occasion)) || corpus.mixedInk,
    domain: corpusDomain(corpus.events.map((e) => e.time)),
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
  }
}
