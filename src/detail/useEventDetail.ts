import { fetchEvent } from '../data/corpus.ts'
import type { Event } from '../data/schema.ts'
import { useAsync, type AsyncState } from '../ui/useAsync.ts'

export type DetailState = AsyncState<Event>

/** Records already loaded: an event opened again shows at once. */
const cache = new Map<string, Event>()

/** Loads one event's full record when its panel opens; `retry` after a failure. */
export function useEventDetail(id: string): { state: DetailState; retry: () => void } {
  return useAsync(
    id,
    () =>
      fetchEvent(id).then((event) => {
        cache.set(id, event)
        return event
      }),
    { cached: cache.get(id) },
  )
}
