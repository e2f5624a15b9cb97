import { scaleLinear } from 'd3-scale'
import { utcDay, utcTicks } from 'd3-time'
import { describe, expect, it } from 'vitest'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import { encodeIndex } from '../../src/data/encodeIndex.ts'
import { laneOf } from '../../src/data/indexFormat.ts'
import { axisTicks, dayTicks, tickLabel } from '../../src/timeline/axisTicks.ts'
import { laneDepth, packLane, type Packed } from '../../src/timeline/packLane.ts'
import { AXIS_H, SILENCE_STRIP_H, laneGeometry, ROW_H } from '../../src/timeline/laneGeometry.ts'
import { buildLanes, layoutLanes, placedItem } from '../../src/timeline/layoutLanes.ts'
import { placeLabels } from '../../src/timeline/placeLabels.ts'
import { visibleRange } from '../../src/timeline/visibleRange.ts'
import { LEVELS_PER_DOUBLING, levelScale, zoomLevel } from '../../src/timeline/zoomLevel.ts'
import { laneRows, layoutsFor } from '../../src/timeline/layoutsFor.ts'
import { corpusDomain } from '../../src/timeline/corpusDomain.ts'
import { timeScale } from '../../src/timeline/timeScale.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'
import { random } from '../../scripts/lib/random.ts'

const DAY = 86_400_000
// A fixed corpus of 20 events (11 to Moscow, 4 to Pyongyang, 5 joint), so numbers stay put as data/ grows.
const corpus = readCorpus('tests/fixtures/valid')
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people))
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe('laneOf / buildLanes', () => {
  const capital = (p: string) => (p === 'kim-jong-un' ? 'Pyongyang' : 'Moscow')

  it('puts messages from Pyongyang in the Moscow-bound lane and joint acts in their own', () => {
    expect(laneOf(['kim-jong-un'], capital)).toBe('to-moscow')
    expect(laneOf(['vladimir-putin'], capital)).toBe('to-pyongyang')
    expect(laneOf(['kim-jong-un', 'vladimir-putin'], capital)).toBe('joint')
  })

  it('splits the fixture corpus into 11 Kim→Putin, 4 Putin→Kim and 5 joint events', () => {
    const [toMoscow, toPyongyang, joint] = buildLanes(index.events)
    expect([toMoscow.lane, toPyongyang.lane, joint.lane]).toEqual(['to-moscow', 'to-pyongyang', 'joint'])
    expect([toMoscow.times.length, toPyongyang.times.length, joint.times.length]).toEqual([11, 4, 5])
    expect([...joint.times]).toEqual([...joint.times].sort((a, b) => a - b))
    expect([...joint.index].map((i) => index.events[i].kind)).toEqual(
      expect.arrayContaining(['summit', 'treaty', 'ratification', 'phone-call']),
    )
  })
})

const marksOf = (c: Packed) =>
  Array.from({ length: c.size }, (_, k) => [
    c.time[k],
    c.count[k],
    c.start[k],
    c.end[k],
    c.occasion[k],
    c.row[k],
  ])

/** No two marks of one row closer than a slot. */
function overlaps(c: Packed, slot: number): number {
  const last = new Map<number, number>()
  let bad = 0
  for (let k = 0; k < c.size; k++) {
    const prev = last.get(c.row[k])
    if (prev !== undefined && c.time[k] - prev < slot) bad++
    last.set(c.row[k], c.time[k])
  }
  return bad
}

describe('packLane(times, occasions, slot, maxRows)', () => {
  it('keeps events that are far apart as single marks in the first row, at their own time', () => {
    expect(marksOf(packLane([0, 100, 200], [1, 2, 3], 50, 3))).toEqual([
      [0, 1, 0, 0, 1, 0],
      [100, 1, 100, 100, 2, 0],
      [200, 1, 200, 200, 3, 0],
    ])
  })

  it('stacks events that would overlap into the next free row instead of clustering them', () => {
    const c = packLane([0, 10, 20, 500], [4, 4, 5, 6], 50, 3)
    expect(marksOf(c)).toEqual([
      [0, 1, 0, 0, 4, 0],
      [10, 1, 10, 10, 4, 1],
      [20, 1, 20, 20, 5, 2],
      [500, 1, 500, 500, 6, 0],
    ])
    expect(c.rows).toBe(3)
  })

  it('clusters only what does not fit the rows, at its centre, naming a shared occasion', () => {
    const c = packLane([0, 10, 20, 30, 500], [7, 7, 7, 7, 1], 50, 2)
    expect(c.count.slice(0, c.size).reduce((n, x) => n + x, 0)).toBe(5)
    expect(c.size).toBeLessThan(5)
    const cluster = marksOf(c).find((m) => m[1] > 1)!
    expect(cluster[4]).toBe(7)
    expect(overlaps(c, 50)).toBe(0)
  })

  it('never overlaps two marks of a row and never uses more rows than allowed, however dense', () => {
    const times = Array.from({ length: 5000 }, (_, i) => Math.floor((i * 7919) % 100_000)).sort(
      (a, b) => a - b,
    )
    for (const rows of [1, 2, 4]) {
      const c = packLane(times, new Int16Array(5000), 333, rows)
      expect(overlaps(c, 333)).toBe(0)
      expect(c.rows).toBeLessThanOrEqual(rows)
      expect(c.count.slice(0, c.size).reduce((n, x) => n + x, 0)).toBe(5000)
    }
  })

  it('prefers a row where the previous label still fits', () => {
    // Event 0 has a long label; event 1 could share row 0 by its mark alone, but takes row 1.
    const c = packLane([0, 60, 400], [1, 1, 1], 50, 2, (i) => (i === 0 ? 300 : 0))
    expect([...c.row.slice(0, c.size)]).toEqual([0, 1, 0])
    // With one row only, it must share row 0 (the label will not be shown).
    expect([...packLane([0, 60], [1, 1], 50, 1, () => 300).row]).toEqual([0, 0])
  })

  it('keeps day-level precision with 100,000 events over seven years', () => {
    const times = Array.from({ length: 100_000 }, (_, i) => t('2019-01-01') + Math.floor(i / 40) * DAY)
    const c = packLane(times, new Int16Array(times.length), DAY / 2, 4)
    // Each day: three single marks and a cluster of the other 37, in four rows.
    expect(c.size).toBe(4 * 2500)
    expect([...c.count.slice(0, 4)]).toEqual([1, 1, 1, 37])
    expect(c.time[4 * 1234 + 3]).toBe(t('2019-01-01') + 1234 * DAY)
  })

  it('laneDepth counts the most events within one slot', () => {
    expect(laneDepth([0, 10, 20, 100, 101], 50)).toBe(3)
    expect(laneDepth([], 50)).toBe(0)
  })
})

describe('laneGeometry(rows)', () => {
  it('stacks the lanes under the axis, each as tall as its rows, rows one below the other', () => {
    const g = laneGeometry([3, 1, 2])
    expect(g.tops[0]).toBe(AXIS_H)
    expect(g.tops[1]).toBe(AXIS_H + g.heights[0])
    expect(g.heights[0] - g.heights[1]).toBe(2 * ROW_H)
    expect(g.y(0, 1) - g.y(0, 0)).toBe(ROW_H)
    expect(g.height).toBe(g.tops[2] + g.heights[2])
  })

  it('gives a lane with silences a strip under its last row, the same height whatever is shown', () => {
    const g = laneGeometry([1, 1], [true, false])
    expect(g.heights[0] - g.heights[1]).toBe(SILENCE_STRIP_H)
    expect(g.silenceY(0) - g.y(0, 0)).toBeGreaterThanOrEqual(ROW_H / 2 + SILENCE_STRIP_H / 2)
    expect(g.silenceY(0) + SILENCE_STRIP_H / 2).toBeLessThanOrEqual(g.tops[1])
  })
})

describe('layoutLanes(lanes, msPerPx, slotPx, maxRows)', () => {
  const lanes = buildLanes(index.events)
  const items = (l: ReturnType<typeof layoutLanes>) =>
    l.flatMap((layout) => Array.from({ length: layout.clusters.size }, (_, k) => placedItem(layout, k, ids)))
  const ids = index.occasions.map((o) => o.id)

  it('shows every event as its own mark when zoomed in, and fewer, counted marks when zoomed out', () => {
    const far = items(layoutLanes(lanes, (7 * 365 * DAY) / 300, 28, 1))
    const near = items(layoutLanes(lanes, DAY / 40, 28, 4))
    expect(near).toHaveLength(20)
    expect(near.every((i) => i.count === 1 && i.event !== undefined && i.key === i.event.id)).toBe(true)
    expect(far.length).toBeLessThan(20)
    expect(far.reduce((n, i) => n + i.count, 0)).toBe(20)
    // The 15 August 2021 telegrams go opposite ways: they sit in two lanes, never one cluster.
    const aug = near.filter((i) => i.time === t('2021-08-15'))
    expect(aug.map((i) => i.lane).sort()).toEqual(['to-moscow', 'to-pyongyang'])
  })

  it('at a full-width opening view, stacks the fixture corpus with no cluster at all', () => {
    const opening = items(layoutLanes(lanes, (7.5 * 365 * DAY) / 1370, 28, 4))
    expect(opening.filter((i) => i.count > 1)).toEqual([])
    expect(Math.max(...opening.map((i) => i.row))).toBeGreaterThan(0)
  })

  it('names the shared occasion of a cluster, or null when occasions differ', () => {
    const whole = items(layoutLanes(lanes, (7 * 365 * DAY) / 10, 30, 1))
    expect(whole).toHaveLength(3)
    expect(whole.every((i) => i.occasion === null && i.key.includes('+'))).toBe(true)
    const victory = buildLanes(index.events.filter((e) => e.occasion === 'victory-day'))
    const [one] = items(layoutLanes(victory, (7 * 365 * DAY) / 10, 30, 1))
    expect(one.occasion).toBe('victory-day')
    expect(one.count).toBe(3)
  })
})

describe('placeLabels(marks, right, measure)', () => {
  const measure = (text: string) => text.length * 7

  it('shows a label only where the whole title fits before the next mark of its row', () => {
    const marks = [
      { x: 0, radius: 7, row: 0, title: 'A long title that cannot fit' },
      { x: 60, radius: 7, row: 1, title: 'Short' },
      { x: 150, radius: 7, row: 0, title: 'Fits' },
      { x: 180, radius: 12, row: 1 },
    ]
    const labels = placeLabels(marks, 1000, measure)
    expect(labels.map((l) => [l.index, l.text])).toEqual([
      [1, 'Short'],
      [2, 'Fits'],
    ])
    // Whole or none: no label is ever cut.
    for (const l of labels) expect(l.text).toBe(marks[l.index].title)
  })

  it('measures with the given function and respects the right edge', () => {
    expect(placeLabels([{ x: 10, radius: 7, row: 0, title: 'Summit' }], 500, measure)[0].width).toBe(42)
    expect(placeLabels([{ x: 10, radius: 7, row: 0, title: 'Summit' }], 60, measure)).toEqual([])
  })
})

describe('axisTicks(scale)', () => {
  const scale = (from: string, to: string, width = 1000) => timeScale([t(from), t(to)], [0, width])

  it('shows years across the whole range', () => {
    const ticks = axisTicks(scale('2019-01-01', '2026-01-01'))
    expect(ticks.map((k) => k.label)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ])
    expect(ticks.every((k) => k.major)).toBe(true)
  })

  it('shows months over a year and days over a fortnight', () => {
    expect(axisTicks(scale('2024-01-01', '2024-12-31')).map((k) => k.label)).toContain('Jun')
    const days = axisTicks(scale('2024-10-01', '2024-10-14'))
    expect(days.map((k) => k.label)).toContain('7 Oct')
    expect(days.every((k) => !k.major)).toBe(true)
  })

  it("picks the same whole-day ticks as d3-time's utcTicks, from days to decades", () => {
    const rand = random(7)
    let compared = 0
    for (let i = 0; i < 3000; i++) {
      const t0 = t('2015-01-01') + Math.floor(rand() * 15 * 365) * DAY + Math.floor(rand() * DAY)
      // Spans from a few hours to forty years, on a log scale.
      const span = Math.round(DAY * 10 ** (rand() * 4.2 - 0.6))
      const count = 2 + Math.floor(rand() * 30)
      const d3 = utcTicks(new Date(t0), new Date(t0 + span), count)
        .filter((d) => +utcDay.floor(d) === +d)
        .map(Number)
      expect(dayTicks(t0, t0 + span, count), `${new Date(t0).toISOString()} + ${span} ms, ${count}`).toEqual(
        d3,
      )
      compared += d3.length
    }
    expect(compared).toBeGreaterThan(10_000)
  })

  it('labels ticks the same in any time zone (UTC)', () => {
    expect(tickLabel(t('2024-01-01'))).toBe('2024')
    expect(tickLabel(t('2024-03-01'))).toBe('Mar')
    expect(tickLabel(t('2024-03-05'))).toBe('5 Mar')
  })
})

describe('timeScale(domain, range)', () => {
  it("maps and inverts exactly as d3's scaleLinear does", () => {
    const domain = [t('2019-01-01'), t('2026-03-01')] as const
    const ours = timeScale(domain, [18, 1402])
    const d3 = scaleLinear().domain(domain).range([18, 1402])
    for (const day of ['2019-01-01', '2022-07-15', '2026-03-01', '2030-01-01']) {
      expect(ours(t(day))).toBeCloseTo(d3(t(day)), 9)
      expect(ours.invert(ours(t(day)))).toBeCloseTo(t(day), 0)
    }
    expect(ours.invert(700)).toBeCloseTo(d3.invert(700), 0)
    expect([ours.domain(), ours.range()]).toEqual([[...domain], [18, 1402]])
  })
})

describe('corpusDomain(times)', () => {
  it('spans the first to the last event with 3% of the span (at least 30 days) either side', () => {
    const [a, b] = corpusDomain([t('2019-04-25'), t('2022-01-01'), t('2026-01-08')])
    const pad = (t('2026-01-08') - t('2019-04-25')) * 0.03
    expect([a, b]).toEqual([t('2019-04-25') - pad, t('2026-01-08') + pad])
    expect(corpusDomain([t('2024-06-19')])).toEqual([t('2024-05-20'), t('2024-07-19')])
  })
})

describe('visibleRange / zoomLevel', () => {
  it('slices the items whose time lies inside the view', () => {
    const times = [1, 2, 3, 4, 5]
    expect(visibleRange(times, 2, 4)).toEqual({ from: 1, to: 4 })
    expect(visibleRange(times, 6, 9)).toEqual({ from: 5, to: 5 })
    expect(visibleRange(times, 0, 9, 3)).toEqual({ from: 0, to: 3 })
  })

  it('changes level only every half doubling, and never clusters looser than the scale', () => {
    expect(zoomLevel(1)).toBe(0)
    expect(zoomLevel(1.1)).toBe(0)
    expect(zoomLevel(2)).toBe(LEVELS_PER_DOUBLING)
    for (const k of [1, 1.3, 2.7, 40, 640]) expect(levelScale(zoomLevel(k))).toBeLessThanOrEqual(k)
  })
})

describe('layoutsFor(lanes, level, plotWidth, domain, minGapPx)', () => {
  const lanes = buildLanes(index.events)
  const domain = [t('2019-01-01'), t('2026-01-01')] as const
  const packing = { slotPx: 28, maxRows: 2 }

  it('computes a level once and hands back the same layout when the zoom returns to it', () => {
    const first = layoutsFor(lanes, 4, 1400, domain, packing)
    expect(layoutsFor(lanes, 4, 1400, domain, packing)).toBe(first)
    expect(layoutsFor(lanes, 5, 1400, domain, packing)).not.toBe(first)
    // A new filter makes a new lane set, and so a fresh layout.
    expect(layoutsFor(buildLanes(index.events.slice(1)), 4, 1400, domain, packing)).not.toBe(first)
  })

  it('shows more marks at deeper levels', () => {
    const count = (level: number) =>
      layoutsFor(lanes, level, 300, domain, packing).reduce((n, l) => n + l.clusters.size, 0)
    expect(count(0)).toBeLessThan(count(12))
    expect(count(40)).toBe(20)
  })

  it('keeps every mark within the rows the axis gives its lane, at any width and zoom, labels or not', () => {
    const full = { slotPx: 28, maxRows: 4 }
    const rows = laneRows(lanes, 280, domain, full)
    for (const width of [300, 800, 1400, 2400])
      for (const level of [0, 3, 8, 20]) {
        const layouts = layoutsFor(lanes, level, width, domain, full, rows)
        layouts.forEach((l, i) =>
          expect(l.clusters.rows, `${width} px, level ${level}`).toBeLessThanOrEqual(rows[i]),
        )
        // Every event is still there, in a mark or a cluster.
        expect(
          layouts.reduce(
            (n, l) => n + l.clusters.count.slice(0, l.clusters.size).reduce((a, b) => a + b, 0),
            0,
          ),
        ).toBe(index.events.length)
      }
    // Without the axis's rows, a label may take a lane below its depth (what the rows prevent).
    const free = layoutsFor(lanes, 0, 1400, domain, full)
    expect(free.some((l, i) => l.clusters.rows > rows[i])).toBe(true)
  })

  it('laneRows gives each lane the rows its densest slot needs, up to the limit', () => {
    const rows = laneRows(lanes, 1400, domain, { slotPx: 28, maxRows: 4 })
    expect(rows).toHaveLength(3)
    for (const r of rows) expect(r).toBeGreaterThanOrEqual(1)
    expect(Math.max(...laneRows(lanes, 100, domain, { slotPx: 28, maxRows: 2 }))).toBe(2)
  })
})
