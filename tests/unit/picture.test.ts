import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { labelPlaces, type Tick } from '../../src/timeline/axisTicks.ts'
import { BACKGROUND, INK_TOKENS, MIN_CONTRAST, MIXED, type Theme } from '../../src/timeline/picture.ts'
import { backgrounds, contrast, inksFor } from '../../src/timeline/ink.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// The one description of the axis's picture (src/timeline/picture.ts): its colours, checked
// against the page's palette as the stylesheets define it, in both themes.

/** oklch(L% C H) to sRGB hex (CSS Color 4: OKLab to linear sRGB, then the sRGB curve). */
function oklchToHex(css: string): string {
  const [l, c, h] = css
    .replace(/oklch\(|\)|%/g, '')
    .trim()
    .split(/\s+/)
    .map(Number)
  const L = l / 100
  const a = c * Math.cos((h * Math.PI) / 180)
  const b = c * Math.sin((h * Math.PI) / 180)
  const l_ = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m_ = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s_ = (L - 0.0894841775 * a - 1.291485548 * b) ** 3
  const lin = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ]
  const srgb = lin.map((x) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055))
  return `#${srgb
    .map((x) =>
      Math.round(Math.min(1, Math.max(0, x)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

const tailwind = readFileSync('node_modules/tailwindcss/theme.css', 'utf8')
const ours = readFileSync('src/index.css', 'utf8')
const darkBlock = ours.slice(ours.indexOf('@variant dark'), ours.indexOf('}', ours.indexOf('@variant dark')))

/** A palette token's colour in a theme: Tailwind's value in light, ours (index.css) in dark. */
function token(name: string, theme: Theme): string {
  const source = theme === 'dark' && darkBlock.includes(`${name}:`) ? darkBlock : tailwind
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(source)?.[1].trim()
  if (!value) throw new Error(`no ${name} in the ${theme} palette`)
  return value.startsWith('#')
    ? value.length === 4
      ? `#${[...value.slice(1)].map((c) => c + c).join('')}`
      : value
    : oklchToHex(value)
}

const near = (a: string, b: string) => {
  const ch = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
  return ch(a).every((x, i) => Math.abs(x - ch(b)[i]) <= 2)
}

describe('the picture and the page agree', () => {
  it.each(['light', 'dark'] as const)(
    'the lanes the picture assumes are the lanes the %s palette paints',
    (theme) => {
      const lanes = ['--color-white', '--color-slate-50'].map((t) => token(t, theme))
      lanes.forEach((hex, i) =>
        expect(near(hex, BACKGROUND[theme].lanes[i]), `${hex} vs ${BACKGROUND[theme].lanes[i]}`).toBe(true),
      )
    },
  )

  it('names only tokens the palette has', () => {
    for (const { token: t } of Object.values(INK_TOKENS))
      for (const theme of ['light', 'dark'] as const) expect(token(t, theme)).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('every occasion colour reaches 3:1 against its lane in both themes (WCAG 1.4.11)', () => {
  const occasions = [
    ...readCorpus('data').occasions,
    ...readCorpus('tests/fixtures/valid').occasions,
    { id: 'mixed', colour: MIXED },
    // A colour that fails on its own in each theme: the picture must raise it.
    { id: 'navy', colour: '#1f2937' },
    { id: 'pale', colour: '#fde68a' },
  ]
  it.each(occasions.map((o) => [o.id, o.colour]))('%s (%s)', (_id, colour) => {
    const inks = inksFor(colour)
    for (const theme of ['light', 'dark'] as const)
      for (const bg of backgrounds(theme))
        expect(contrast(inks[theme], bg)).toBeGreaterThanOrEqual(MIN_CONTRAST)
    // A colour that already passes is left as the data gives it.
    const passes = backgrounds('light').every((bg) => contrast(colour, bg) >= MIN_CONTRAST)
    expect(inks.light === colour).toBe(passes)
  })

  it('raises the dark navy of condolences on dark lanes, and the count on a disc stays legible', () => {
    const inks = inksFor('#1f2937')
    expect(contrast('#1f2937', BACKGROUND.dark.lanes[0])).toBeLessThan(MIN_CONTRAST)
    expect(inks.dark).not.toBe('#1f2937')
    expect(contrast(inks.onDark, inks.dark)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(inks.onLight, inks.light)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('labelPlaces(ticks, left, right, width)', () => {
  const tick = (x: number, label: string): Tick => ({ x, label, time: x, major: /^\d{4}$/.test(label) })
  const w = (t: Tick) => t.label.length * 7

  it('moves the first label inside the span, so a year is never cut at the edge', () => {
    const places = labelPlaces([tick(10, '2019'), tick(120, 'Jul')], 18, 800, w)
    expect(places[0]).toBe(18 + 14)
    expect(places[1]).toBe(120)
  })

  it('drops a label wholly outside the span, and one that would overlap the label before it', () => {
    expect(labelPlaces([tick(-40, 'Oct'), tick(40, 'Jan')], 18, 800, w)).toEqual([null, 40])
    expect(labelPlaces([tick(20, '2019'), tick(50, 'Apr'), tick(120, 'Jul')], 18, 800, w)).toEqual([
      32,
      null,
      120,
    ])
    expect(labelPlaces([tick(790, '2026')], 18, 800, w)).toEqual([786])
  })
})
