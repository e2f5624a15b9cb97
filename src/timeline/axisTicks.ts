import type { TimeScale } from './timeScale.ts'
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time'

export type Tick = { x: number; time: number; label: string; major: boolean }

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })

const labels = new Map<number, string>()

/** "2024" on a year, "Mar" on a month, "5 Mar" on a day (cached: ticks come back every frame). */
export function tickLabel(time: number): string {
  let label = labels.get(time)
  if (label !== undefined) return label
  const d = new Date(time)
  if (+utcYear.floor(d) === time) label = String(d.getUTCFullYear())
  else if (+utcMonth.floor(d) === time) label = monthName.format(d)
  else label = `${d.getUTCDate()} ${monthName.format(d)}`
  labels.set(time, label)
  return label
}

/**
 * Ticks for the current zoom (the scale maps UTC ms to px): d3-time picks years, months or days to fit about one label per
 * `spacing` px; years are major (drawn as grid lines across the lanes).
 */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
  const [r0, r1] = scale.range()
  const [t0, t1] = scale.domain()
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing))
  return utcTicks(new Date(t0), new Date(t1), count)
    .filter((d) => +utcDay.floor(d) === +d)
    .map((d) => ({
      x: scale(+d),
      time: +d,
      label: tickLabel(+d),
      major: +utcYear.floor(d) === +d,
    }))
}
