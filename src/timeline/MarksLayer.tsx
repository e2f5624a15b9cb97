import { memo } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import { formatLongDate, formatRange } from '../data/dates.ts'
import { placedItem, type LaneLayout, type PlacedItem } from './layoutLanes.ts'
import { CLUSTER_R, Mark, MARK_R } from './Mark.tsx'
import { markShape } from './markShape.ts'
import { measureLabel } from './measureLabel.ts'
import { placeLabels } from './placeLabels.ts'
import type { TimeScale } from './timeScale.ts'
import { visibleRange } from './visibleRange.ts'
import { eventName } from '../ui/labels.ts'

type MarksLayerProps = {
  layouts: readonly LaneLayout[]
  /** The unzoomed scale (ms to px) and the zoom factor: marks sit at k × base(time). */
  base: TimeScale
  k: number
  /** Which view-wide slice of the zoomed axis is in view; marks cover it and one slice each side. */
  slice: number
  width: number
  /** Where a mark of a lane's row sits, vertically. */
  markY: (laneIndex: number, row: number) => number
  /** Labels must end before this x (zoomed px): the end of the plot. */
  right: number
  occasionById: ReadonlyMap<string, Occasion>
  occasionIds: readonly string[]
  selected: IndexEvent | undefined
  onOpen: (id: string) => void
  /** Zoom so that unzoomed px [x0, x1] fill the view. */
  onZoomToSpan: (x0: number, x1: number) => void
  onShowTip: (u: number, y: number, lines: string[]) => void
  onHideTip: () => void
}

const MULTI = '#475569'

/**
 * Every mark in and around the view, in zoomed coordinates. The parent moves this layer with
 * one translate while panning; it is memoised, so a pan frame that stays within the slices
 * it covers renders nothing here, and only a zoom or a new slice does.
 */
export const MarksLayer = memo(function MarksLayer({
  layouts,
  base,
  k,
  slice,
  width,
  markY,
  right,
  occasionById,
  occasionIds,
  selected,
  onOpen,
  onZoomToSpan,
  onShowTip,
  onHideTip,
}: MarksLayerProps) {
  const u0 = (slice - 1) * width
  const u1 = (slice + 2) * width
  const t0 = base.invert(u0 / k)
  const t1 = base.invert(u1 / k)
  const visible: { item: PlacedItem; u: number; y: number; label?: string }[] = []
  layouts.forEach((layout, laneIndex) => {
    const { clusters } = layout
    const { from, to } = visibleRange(clusters.time, t0, t1, clusters.size)
    const row: { item: PlacedItem; u: number; y: number; label?: string }[] = []
    for (let i = from; i < to; i++) {
      const item = placedItem(layout, i, occasionIds)
      row.push({ item, u: k * base(item.time), y: markY(laneIndex, item.row) })
    }
    const labels = placeLabels(
      row.map((m) => ({
        x: m.u,
        radius: m.item.event ? MARK_R : CLUSTER_R,
        row: m.item.row,
        title: m.item.event?.title,
      })),
      right,
      measureLabel,
    )
    for (const l of labels) row[l.index].label = l.text
    visible.push(...row)
  })
  // Tab order follows time, across lanes.
  visible.sort((a, b) => a.item.time - b.item.time || a.y - b.y)

  const occasionOf = (id: string | null) => (id ? occasionById.get(id) : undefined)
  const nameOf = (item: PlacedItem) => {
    const e = item.event
    if (e) return eventName(e, occasionOf(e.occasion)?.label ?? e.occasion)
    return `${item.count} events, ${formatRange(item.start, item.end)}. Zoom in to see them`
  }
  const tipOf = (item: PlacedItem): string[] => {
    const e = item.event
    if (e) return [formatLongDate(e.time), occasionOf(e.occasion)?.label ?? e.occasion, e.title]
    return [`${item.count} events`, formatRange(item.start, item.end), 'Click to zoom in']
  }
  const isSelected = (item: PlacedItem) =>
    item.event
      ? item.event === selected
      : !!selected && selected.lane === item.lane && selected.time >= item.start && selected.time <= item.end

  return (
    <>
      {visible.map(({ item, u, y, label }) => (
        <Mark
          key={item.key}
          x={u}
          y={y}
          name={nameOf(item)}
          colour={occasionOf(item.occasion)?.colour ?? MULTI}
          shape={item.event ? markShape(item.event.kind) : 'cluster'}
          count={item.count}
          label={label}
          selected={isSelected(item)}
          eventId={item.event?.id}
          onActivate={() =>
            item.event ? onOpen(item.event.id) : onZoomToSpan(base(item.start) - 30, base(item.end) + 30)
          }
          onShowTip={() => onShowTip(u, y, tipOf(item))}
          onHideTip={onHideTip}
        />
      ))}
    </>
  )
})
