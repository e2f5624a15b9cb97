// One description of what the axis draws: the size of every mark, ring and label, the fonts,
// and the colours in light and dark. The canvas (drawMarks.ts, drawBackdrop.ts), the SVG
// controls that stand in for it until it has drawn and without script (Mark.tsx,
// SilencesLayer.tsx, ErasLayer.tsx, AxisTicks.tsx), the legend, the prerendered page and the
// build (which works out each occasion's ink once, for the index) all read it from here.

/** A single event's mark: its radius, the ring around the open one, the focus halo. */
export const MARK = { r: 7, ringGap: 4, ringWidth: 2, haloGap: 6, hoverStroke: 2 } as const
/** A counted cluster: a disc with an outline, its count baked in. */
export const CLUSTER = { r: 12, outline: 2, countPx: 10, countWeight: 600 } as const
/** A mark's label: whole titles only, right of the mark. */
export const LABEL = { px: 12, offset: 12, weight: 400 } as const
/** A silence ("none found"): a small dashed ring. */
export const SILENCE = { r: 4.5, stroke: 1.5, dash: [2, 2] as readonly number[], haloGap: 5 } as const
/** An era: a wash over the lanes, a stripe at its top, its name at its foot when it fits. */
export const ERA = { stripe: 3, px: 11, weight: 500, inset: 6, foot: 6 } as const
/** Ticks in the band at the top: years (major) as lines through the lanes, the rest dashed. */
export const TICK = {
  px: 11,
  majorWeight: 600,
  length: 6,
  labelGap: 11,
  dash: [2, 3] as readonly number[],
} as const
/** A lane's name, at its top left. */
export const LANE_NAME = { x: 8, baseline: 13, px: 11 } as const
/** The space a label is given per character until the real font can be measured (the server's estimate). */
export const ROUGH_CHAR_PX = 6.6

/** A CSS font for the canvas, from a size and weight and the page's family. */
export const font = (px: number, weight: number, family: string) =>
  `${weight === 400 ? '' : `${weight} `}${px}px ${family}`

export type Theme = 'light' | 'dark'

/**
 * The page's palette as the axis uses it: the CSS custom property of each ink (the canvas reads
 * them from the page; dark mode mirrors the palette in index.css) and the class the SVG uses.
 */
export const INK_TOKENS = {
  outline: { token: '--color-white', fill: 'fill-white', stroke: 'stroke-white' },
  label: { token: '--color-slate-700', fill: 'fill-slate-700' },
  selected: { token: '--color-slate-900', stroke: 'stroke-slate-900' },
  grid: { token: '--color-slate-300', stroke: 'stroke-slate-300' },
  tickMajor: { token: '--color-slate-800', fill: 'fill-slate-800' },
  tickMinor: { token: '--color-slate-600', fill: 'fill-slate-600' },
  laneName: { token: '--color-slate-600', fill: 'fill-slate-600' },
  eraStripe: { token: '--color-amber-400', fill: 'fill-amber-400' },
  eraText: { token: '--color-amber-900', fill: 'fill-amber-900' },
} as const

/** The lanes' backgrounds, top to bottom, alternating (as classes, and as each theme paints them). */
export const LANE_FILL = ['fill-white', 'fill-slate-50'] as const
/** Each lane background in each theme, and the era's wash: light amber-100 at 50 %, dark amber-500 at 15 %. */
export const BACKGROUND: Record<Theme, { lanes: readonly string[]; era: string; eraAlpha: number }> = {
  light: { lanes: ['#ffffff', '#f8fafc'], era: '#fef3c7', eraAlpha: 0.5 },
  dark: { lanes: ['#0f172a', '#1e293b'], era: '#f59e0b', eraAlpha: 0.15 },
}

/** The colour of a cluster that holds several occasions. */
export const MIXED = '#475569'
/** The WCAG contrast a mark needs against what it sits on (non-text contrast, 1.4.11). */
export const MIN_CONTRAST = 3
