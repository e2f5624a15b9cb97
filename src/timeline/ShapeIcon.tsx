import type { MarkShape } from './markShape.ts'

type ShapeIconProps = {
  /** Which outline to draw. */
  shape: MarkShape
  /** Half the width, in px; the shape is centred on (0, 0). */
  r: number
  /** A colour; leave it out to paint by class (ink-fill). */
  fill?: string
  className?: string
}

/** One mark outline, drawn around the origin. */
export function ShapeIcon({ shape, r, fill, className }: ShapeIconProps) {
  if (shape === 'circle') return <circle r={r} fill={fill} className={className} />
  if (shape === 'square')
    return <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={1.5} fill={fill} className={className} />
  const d = r * 1.25
  return <path d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} fill={fill} className={className} />
}
