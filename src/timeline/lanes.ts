import type { Lane } from '../data/indexFormat.ts'

export type LaneSpec = { id: Lane; label: string }

/** Top to bottom. Direction is data: the lane follows from the sender's capital. */
export const LANES: readonly LaneSpec[] = [
  { id: 'to-moscow', label: 'Pyongyang → Moscow' },
  { id: 'to-pyongyang', label: 'Moscow → Pyongyang' },
  { id: 'joint', label: 'Meetings and joint acts' },
]
