import type { Inks } from '../data/indexFormat.ts'
import { inkStyle } from './inkStyle.ts'

/** An occasion's colour as a small dot beside its name (decorative: the name says it), in the theme's ink. */
export function OccasionDot({ inks, className = '' }: { inks: Inks | undefined; className?: string }) {
  return (
    <span
      aria-hidden
      className={`inline-block size-2.5 shrink-0 rounded-full ${inks ? 'ink-bg' : 'bg-slate-400'} ${className}`}
      style={inks ? inkStyle(inks) : undefined}
    />
  )
}
