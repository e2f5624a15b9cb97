import type { EventKind } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'

export type MarkShape = 'circle' | 'diamond' | 'square'

/** Messages are circles, meetings (summits, visits, calls) diamonds, treaty steps squares. */
export function markShape(kind: EventKind): MarkShape {
  switch (kind) {
    case 'summit':
    case 'visit':
    case 'phone-call':
      return 'diamond'
    case 'treaty':
    case 'ratification':
      return 'square'
    default:
      return 'circle'
  }
}

/** The shapes as the legend names them, in the page's language (read when rendered). */
export const shapeLegend = (): readonly { shape: MarkShape; label: string }[] => [
  { shape: 'circle', label: t('timeline.shape.message') },
  { shape: 'diamond', label: t('timeline.shape.meeting') },
  { shape: 'square', label: t('timeline.shape.treaty') },
]
