import type { EventKind } from '../data/schema.ts'

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

export const SHAPE_LEGEND: readonly { shape: MarkShape; label: string }[] = [
  { shape: 'circle', label: 'Message' },
  { shape: 'diamond', label: 'Meeting or call' },
  { shape: 'square', label: 'Treaty step' },
]
