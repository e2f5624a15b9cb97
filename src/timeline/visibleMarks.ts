import { t } from '../i18n/i18n.ts'
import { CLUSTER, MARK } from './picture.ts'
import { placedItem, type LaneLayout, type PlacedItem } from './layoutLanes.ts'
import { placeLabels } from './placeLabels.ts'
import type { TimeScale } from './timeScale.ts'
import { visibleRange } from './visibleRange.ts'

/** Mark radii, in px: a single event, and a counted cluster (see picture.ts). */
export const MARK_R = MARK.r
export const CLUSTER_R = CLUSTER.r

/**
 * What a cluster of `count` says: the number, or thousands as "12k" ("12천", "12к"). The text
 * follows from the number of thousands alone: the canvas keeps a cluster's bitmap by it.
 */
export const countText = (count: number) =>
  count > 999 ? t('timeline.cluster.thousands', { thousands: Math.round(count / 1000) }) : String(count)

/** A mark where it is drawn: zoomed x (`u`), y, and its label when the whole title fits. */
export type VisibleMark = { item: PlacedItem; u: number; y: number; label?: string; labelWidth?: number }

export type MarkView = {
  layouts: readonly LaneLayout[]
  /** The unzoomed scale (ms to px) and the zoom factor: marks sit at u = k × base(time). */
  base: TimeScale
  k: number
  markY: (laneIndex: number, row: number) => number
  /** Labels end before this u: the end of the plot. */
  right: number
  occasionIds: readonly string[]
  measure: (text: string) => number
}

/**
 * The marks whose centre lies in [u0, u1] (zoomed px), lane by lane in time order, each with
 * its label decided (whole titles only). Shared by the canvas, which draws them every frame,
 * and the layer of controls over it, which names them for keyboards and screen readers.
 */
export function visibleMarks(v: MarkView, u0: number, u1: number): VisibleMark[] {
  const t0 = v.base.invert(u0 / v.k)
  const t1 = v.base.invert(u1 / v.k)
  const out: VisibleMark[] = []
  v.layouts.forEach((layout, laneIndex) => {
    const { from, to } = visibleRange(layout.clusters.time, t0, t1, layout.clusters.size)
    const lane: VisibleMark[] = []
    for (let i = from; i < to; i++) {
      const item = placedItem(layout, i, v.occasionIds)
      lane.push({ item, u: v.k * v.base(item.time), y: v.markY(laneIndex, item.row) })
    }
    const labels = placeLabels(
      lane.map((m) => ({
        x: m.u,
        radius: m.item.event ? MARK_R : CLUSTER_R,
        row: m.item.row,
        title: m.item.event?.title,
      })),
      v.right,
      v.measure,
    )
    for (const l of labels) {
      lane[l.index].label = l.text
      lane[l.index].labelWidth = l.width
    }
    for (const m of lane) out.push(m)
  })
  return out
}
