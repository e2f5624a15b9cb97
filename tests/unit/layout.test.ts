import { scaleLinear } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { decodeIndex, encodeIndex, laneOf } from '../../src/data/indexFormat.ts'
import { axisTicks, tickLabel } from '../../src/timeline/axisTicks.ts'
import { clusterLane } from '../../src/timeline/clusterLane.ts'
import { groupByLane } from '../../src/timeline/lanes.ts'
import { layoutLanes } from '../../src/timeline/layoutLanes.ts'
import { fitText, placeLabels, CHAR_PX } from '../../src/timeline/placeLabels.ts'
import { visibleRange } from '../../src/timeline/visibleRange.ts'
import { levelScale, zoomLevel } from '../../src/timeline/zoomLevel.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

const DAY = 86_400_000
const corpus = readCorpus('data')
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people))
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe('laneOf / groupByLane', () => {
  const capital = (p: string) => (p === 'kim-jong-un' ? 'Pyongyang' : 'Moscow')

  it('puts messages from Pyongyang in the Moscow-bound lane and joint acts in their own', () => {
    expect(laneOf(['kim-jong-un'], capital)).toBe('to-moscow')
    expect(laneOf(['vladimir-putin'], capital)).toBe('to-pyongyang')
    expect(laneOf(['kim-jong-un', 'vladimir-putin'], capital)).toBe('joint')
  })

  it('splits the real corpus into 26 Kim→Putin, 14 Putin→Kim and 7 joint events', () => {
    const lanes = groupByLane(index.events)
    expect(lanes['to-moscow']).toHaveLength(26)
    expect(lanes['to-pyongyang']).toHaveLength(14)
    expect(lanes.joint).toHaveLength(7)
    expect(lanes.joint.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['summit', 'treaty', 'ratification', 'phone-call']),
    )
  })
})

describe('clusterLane(times, ids, minGap)', () => {
  it('keeps events that are far apart as single marks at their own time', () => {
    const items = clusterLane([0, 100, 200], ['a', 'b', 'c'], 50)
    expect(items.map((i) => [i.key, i.time, i.count])).toEqual([
      ['a', 0, 1],
      ['b', 100, 1],
      ['c', 200, 1],
    ])
  })

  it('merges events closer than the gap into one counted mark at their centre', () => {
    const items = clusterLane([0, 10, 20, 500], ['a', 'b', 'c', 'd'], 50)
    expect(items.map((i) => [i.key, i.time, i.count, i.start, i.end])).toEqual([
      ['a+3', 10, 3, 0, 20],
      ['d', 500, 1, 500, 500],
    ])
  })

  it('never leaves two marks closer than the gap, however dense the input', () => {
    const times = Array.from({ length: 5000 }, (_, i) => Math.floor((i * 7919) % 100_000))
    times.sort((a, b) => a - b)
    const items = clusterLane(
      times,
      times.map((_, i) => `e${i}`),
      333,
    )
    for (let i = 1; i < items.length; i++)
      expect(items[i].time - items[i - 1].time).toBeGreaterThanOrEqual(333)
    expect(items.reduce((n, i) => n + i.count, 0)).toBe(5000)
  })
})

describe('layoutLanes(events, msPerPx, minGapPx)', () => {
  it('shows every event as its own mark when zoomed in, and fewer, counted marks when zoomed out', () => {
    const far = layoutLanes(index.events, (7 * 365 * DAY) / 1400, 30).flatMap((l) => l.items)
    const near = layoutLanes(index.events, DAY / 40, 30).flatMap((l) => l.items)
    expect(near).toHaveLength(47)
    expect(near.every((i) => i.count === 1 && i.event !== undefined)).toBe(true)
    expect(far.length).toBeLessThan(47)
    expect(far.reduce((n, i) => n + i.count, 0)).toBe(47)
    // The 15 August 2021 telegrams go opposite ways: they sit in two lanes, never one cluster.
    const aug = near.filter((i) => i.time === t('2021-08-15'))
    expect(aug.map((i) => i.lane).sort()).toEqual(['to-moscow', 'to-pyongyang'])
  })

  it('names the shared occasion of a cluster, or null when occasions differ', () => {
    const whole = layoutLanes(index.events, (7 * 365 * DAY) / 10, 30)
    const kimLane = whole[0].items
    expect(kimLane).toHaveLength(1)
    expect(kimLane[0].occasion).toBeNull()
    const [one] = layoutLanes(
      index.events.filter((e) => e.occasion === 'victory-day'),
      (7 * 365 * DAY) / 10,
      30,
    )
    expect(one.items[0].occasion).toBe('victory-day')
  })
})

describe('placeLabels(marks, right)', () => {
  it('cuts each label to end before the next mark, so labels never overlap', () => {
    const marks = [
      { x: 0, radius: 7, title: 'A long title that will need cutting' },
      { x: 150, radius: 7, title: 'Short' },
      { x: 180, radius: 12 },
    ]
    const labels = placeLabels(marks, 1000)
    expect(labels.map((l) => l.index)).toEqual([0])
    const [first] = labels
    expect(first.x + first.width).toBeLessThanOrEqual(150 - 7)
    expect(first.text.endsWith('…')).toBe(true)
  })

  it('gives a lone mark its whole title', () => {
    expect(placeLabels([{ x: 10, radius: 7, title: 'Summit' }], 500)[0].text).toBe('Summit')
  })

  it('fitText keeps text that fits and never returns more than fits', () => {
    expect(fitText('abc', 100)).toBe('abc')
    expect(fitText('abcdefghij', 5 * CHAR_PX).length).toBeLessThanOrEqual(5)
  })
})

describe('axisTicks(scale)', () => {
  const scale = (from: string, to: string, width = 1000) =>
    scaleLinear()
      .domain([t(from), t(to)])
      .range([0, width])

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

  it('labels ticks the same in any time zone (UTC)', () => {
    expect(tickLabel(t('2024-01-01'))).toBe('2024')
    expect(tickLabel(t('2024-03-01'))).toBe('Mar')
    expect(tickLabel(t('2024-03-05'))).toBe('5 Mar')
  })
})

describe('visibleRange / zoomLevel', () => {
  it('slices the items whose time lies inside the view', () => {
    const items = [1, 2, 3, 4, 5].map((time) => ({ time }))
    expect(visibleRange(items, 2, 4)).toEqual({ from: 1, to: 4 })
    expect(visibleRange(items, 6, 9)).toEqual({ from: 5, to: 5 })
  })

  it('changes level only every quarter doubling, and never clusters looser than the scale', () => {
    expect(zoomLevel(1)).toBe(0)
    expect(zoomLevel(1.1)).toBe(0)
    expect(zoomLevel(2)).toBe(4)
    for (const k of [1, 1.3, 2.7, 40, 640]) expect(levelScale(zoomLevel(k))).toBeLessThanOrEqual(k)
  })
})
