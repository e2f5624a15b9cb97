import { DAY_MS } from '../data/dates.ts'
import { dateFormat } from '../i18n/format.ts'
import { currentLang } from '../i18n/i18n.ts'
import type { TimeScale } from './timeScale.ts'

export type Tick = { x: number; time: number; label: string; major: boolean }

const labels = new Map<string, string>()

/** Whether a time is the first day of a year: a major tick. */
const isNewYear = (d: Date) => d.getUTCMonth() === 0 && d.getUTCDate() === 1

/**
 * "2024" on a year, "Mar" on a month, "5 Mar" on a day, as the page's language writes them
 * ("2024년", "3월", "3월 5일"; "2024", "мар.", "5 мар."); cached, as ticks come back every frame.
 */
export function tickLabel(time: number): string {
  const key = `${currentLang()}${time}`
  let label = labels.get(key)
  if (label !== undefined) return label
  const d = new Date(time)
  if (isNewYear(d)) label = dateFormat({ year: 'numeric' }).format(d)
  else if (d.getUTCDate() === 1) label = dateFormat({ month: 'short' }).format(d)
  else label = dateFormat({ day: 'numeric', month: 'short' }).format(d)
  labels.set(key, label)
  return label
}

type Interval = { unit: 'sub-day' | 'day' | 'week' | 'month' | 'year'; step: number; ms: number }

/**
 * d3-time's tick intervals (https://d3js.org/d3-time#timeTicks) from its longest below a day
 * on, with the durations it compares them by: the axis only ever shows whole days.
 */
const INTERVALS: Interval[] = [
  { unit: 'sub-day', step: 12, ms: DAY_MS / 2 },
  { unit: 'day', step: 1, ms: DAY_MS },
  { unit: 'day', step: 2, ms: 2 * DAY_MS },
  { unit: 'week', step: 1, ms: 7 * DAY_MS },
  { unit: 'month', step: 1, ms: 30 * DAY_MS },
  { unit: 'month', step: 3, ms: 90 * DAY_MS },
  { unit: 'year', step: 1, ms: 365 * DAY_MS },
]
const YEAR_MS = 365 * DAY_MS

/** d3-array's tickStep for a span of at least one step: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const step = span / count
  const power = 10 ** Math.floor(Math.log10(step))
  const error = step / power
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1)
}

/** The UTC midnights in [t0, t1] for which `keep` holds. */
function days(t0: number, t1: number, keep: (d: Date) => boolean): number[] {
  const out: number[] = []
  for (let t = Math.ceil(t0 / DAY_MS) * DAY_MS; t <= t1; t += DAY_MS) if (keep(new Date(t))) out.push(t)
  return out
}

/** The first days of the months (every `step`-th, January first) or of the years (every `step`-th) in [t0, t1]. */
function starts(t0: number, t1: number, unit: 'month' | 'year', step: number): number[] {
  const from = new Date(t0)
  let y = from.getUTCFullYear()
  let m = unit === 'year' ? 0 : from.getUTCMonth()
  if (unit === 'year') y = Math.floor(y / step) * step
  else m = Math.floor(m / step) * step
  const out: number[] = []
  for (;;) {
    const t = Date.UTC(y, m, 1)
    if (t > t1) return out
    if (t >= t0) out.push(t)
    if (unit === 'year') y += step
    else m += step
  }
}

/**
 * The ticks d3-time's utcTicks(t0, t1, count) gives, kept to whole days: the interval whose
 * length is nearest span / count, or whole years at a nice step beyond a year.
 */
export function dayTicks(t0: number, t1: number, count: number): number[] {
  const target = (t1 - t0) / count
  if (target < INTERVALS[0].ms) return days(t0, t1, () => true)
  const i = INTERVALS.findIndex((v) => v.ms > target)
  if (i === -1)
    return starts(t0, t1, 'year', Math.max(1, Math.floor(niceStep(t1 / YEAR_MS - t0 / YEAR_MS, count))))
  const { unit, step } =
    target / INTERVALS[i - 1].ms < INTERVALS[i].ms / target ? INTERVALS[i - 1] : INTERVALS[i]
  if (unit === 'sub-day') return days(t0, t1, () => true)
  // d3-time counts days from the epoch (utcDay's field), not from each month's first.
  if (unit === 'day') return days(t0, t1, (d) => Math.floor(+d / DAY_MS) % step === 0)
  if (unit === 'week') return days(t0, t1, (d) => d.getUTCDay() === 0)
  return starts(t0, t1, unit, step)
}

/**
 * Ticks for the current zoom (the scale maps UTC ms to px): years, months or days to fit about
 * one label per `spacing` px, as d3-time picks them; years are major (drawn as grid lines
 * across the lanes).
 */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
  const [r0, r1] = scale.range()
  const [t0, t1] = scale.domain()
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing))
  return dayTicks(Math.min(t0, t1), Math.max(t0, t1), count).map((time) => {
    return { x: scale(time), time, label: tickLabel(time), major: isNewYear(new Date(time)) }
  })
}

/**
 * Where each tick's label is centred: at its tick, but moved inward so that no label runs past
 * `left` or `right` (the ends of the corpus's span on the axis): the first year is never cut
 * at the axis's edge. A tick whose label would lie wholly outside the span, and a label that
 * would then overlap its neighbour, get none (null).
 */
export function labelPlaces(
  ticks: readonly Tick[],
  left: number,
  right: number,
  width: (t: Tick) => number,
  gap = 6,
): (number | null)[] {
  let end = -Infinity
  return ticks.map((t) => {
    const half = width(t) / 2
    // A tick whose label would not even reach into the span is not the span's.
    if (t.x + half < left || t.x - half > right) return null
    const x = Math.min(Math.max(t.x, left + half), right - half)
    if (x - half < end + gap || x - half < left - 0.5 || x + half > right + 0.5) return null
    end = x + half
    return x
  })
}
