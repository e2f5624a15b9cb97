import type { IndexEvent, Lane } from '../data/indexFormat.ts'

export type LaneSpec = { id: Lane; label: string }

/** Top to bottom. Direction is data: the lane follows from the sender's capital. */
export const LANES: readonly LaneSpec[] = [
  { id: 'to-moscow', label: 'Pyongyang → Moscow' },
  { id: 'to-pyongyang', label: 'Moscow → Pyongyang' },
  { id: 'joint', label: 'Meetings and joint acts' },
]

/** Events split by lane, each lane keeping the input's time order. */
export function groupByLane(events: readonly IndexEvent[]): Record<Lane, IndexEvent[]> {
  const out: Record<Lane, IndexEvent[]> = { 'to-moscow': [], 'to-pyongyang': [], joint: [] }
  for (const e of events) out[e.lane].push(e)
  return out
}
