import { LANE_IDS, type Lane } from '../data/indexFormat.ts'
import { LANE_LABEL } from '../ui/labels.ts'

export type LaneSpec = { id: Lane; label: string }

/** Top to bottom. Direction is data: the lane follows from the sender's capital. */
export const LANES: readonly LaneSpec[] = LANE_IDS.map((id) => ({
  id,
  // Read when drawn, in the page's language (set after this module loads).
  get label() {
    return LANE_LABEL[id]
  },
}))
