import { memo } from 'react'
import type { IndexEvent, Inks } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import { formatLongDate, formatRange } from '../data/dates.ts'
import { t } from '../i18n/i18n.ts'
import { eventName } from '../ui/labels.ts'
import type { PlacedItem } from './layoutLanes.ts'
import { Mark } from './Mark.tsx'
import { markShape } from './markShape.ts'
import { visibleMarks, type MarkView } from './visibleMarks.ts'

type MarksLayerProps = {
  view: MarkView
  /** Which view-wide slice of the zoomed axis is in view; marks cover it and one slice each side. */
  slice: number
  width: number
  occasionById: ReadonlyMap<string, Occasion>
  /** An occasion's inks (null: a cluster of several occasions). */
  inkOf: (occasion: string | null) => Inks
  selected: IndexEvent | undefined
  onOpen: (id: string) => void
  /** Zoom into a cluster's time span, far enough to part its events. */
  onZoomToCluster: (start: number, end: number) => void
  /** Shows the tooltip's lines; `lang`: the language of the last (a title not in the page's). */
  onShowTip: (u: number, y: number, lines: string[], lang?: string) => void
  onHideTip: () => void
}

/**
 * Every mark in and around the view as a control: named, focusable, opening its event (or
 * zooming into a cluster). The canvas underneath draws the marks; these draw them too until
 * the canvas has (and with no script at all), then keep only focus and hover rings. The parent
 * renders this layer at the settled view, so a zoom or pan frame renders nothing here.
 */
export const MarksLayer = memo(function MarksLayer({
  view,
  slice,
  width,
  occasionById,
  inkOf,
  selected,
  onOpen,
  onZoomToCluster,
  onShowTip,
  onHideTip,
}: MarksLayerProps) {
  const visible = visibleMarks(view, (slice - 1) * width, (slice + 2) * width)
  // Tab order follows time, across lanes.
  visible.sort((a, b) => a.item.time - b.item.time || a.y - b.y)

  const occasionOf = (id: string | null) => (id ? occasionById.get(id) : undefined)
  const nameOf = (item: PlacedItem) => {
    const e = item.event
    if (e) return eventName(e, occasionOf(e.occasion)?.label ?? e.occasion)
    return t('timeline.cluster.name', { count: item.count, range: formatRange(item.start, item.end) })
  }
  const showTipOf = (item: PlacedItem, u: number, y: number) => {
    const e = item.event
    if (e)
      onShowTip(
        u,
        y,
        [formatLongDate(e.time), occasionOf(e.occasion)?.label ?? e.occasion, e.title],
        e.titleLang,
      )
    else
      onShowTip(u, y, [
        t('timeline.cluster.count', { count: item.count }),
        formatRange(item.start, item.end),
        t('timeline.cluster.click'),
      ])
  }
  const isSelected = (item: PlacedItem) =>
    item.event
      ? item.event === selected
      : !!selected && selected.lane === item.lane && selected.time >= item.start && selected.time <= item.end

  // Clusters are keyed by their place among the clusters, not by what they hold: after a filter
  // or a zoom, React then updates the controls in place rather than replacing hundreds of them.
  // An event keeps its own key, so a focused event stays focused.
  let clusters = 0
  return (
    <>
      {visible.map(({ item, u, y, label }) => (
        <Mark
          key={item.event ? item.key : `cluster-${clusters++}`}
          x={u}
          y={y}
          name={nameOf(item)}
          inks={inkOf(item.occasion)}
          shape={item.event ? markShape(item.event.kind) : 'cluster'}
          count={item.count}
          label={label}
          selected={isSelected(item)}
          eventId={item.event?.id}
          onActivate={() => (item.event ? onOpen(item.event.id) : onZoomToCluster(item.start, item.end))}
          onShowTip={() => showTipOf(item, u, y)}
          onHideTip={onHideTip}
        />
      ))}
    </>
  )
})
