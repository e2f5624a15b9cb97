import { BACKGROUND, MIN_CONTRAST, type Theme } from './picture.ts'

// How an occasion's colour is drawn in each theme: raised to MIN_CONTRAST against every
// background of the axis (picture.ts). The build works it out once for the index (inks in
// scripts/corpusFiles.ts); the page only does for a picture it draws (image/scene.ts).

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const toHex = (rgb: readonly number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`

/** `a` laid over `b` at `alpha`. */
export function blend(a: string, b: string, alpha: number): string {
  const x = channels(a)
  const y = channels(b)
  return toHex(x.map((c, i) => c * alpha + y[i] * (1 - alpha)))
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** Everything a mark can sit on in a theme: each lane, and each lane under an era's wash. */
export function backgrounds(theme: Theme): string[] {
  const { lanes, era, eraAlpha } = BACKGROUND[theme]
  return [...lanes, ...lanes.map((l) => blend(era, l, eraAlpha))]
}

/**
 * An occasion's colour as a theme draws it: as it is where it reaches MIN_CONTRAST against
 * every background of the theme, else moved toward white (dark theme) or black (light theme)
 * until it does. A data colour that vanishes on a dark lane (a dark navy) stays recognisable.
 */
export function inkFor(colour: string, theme: Theme): string {
  const toward = theme === 'dark' ? '#ffffff' : '#000000'
  const bgs = backgrounds(theme)
  for (let step = 0; step <= 20; step++) {
    const c = blend(toward, colour, step / 20)
    if (bgs.every((bg) => contrast(c, bg) >= MIN_CONTRAST)) return c
  }
  return toward
}

/** White or near-black, whichever reads better on `colour`: a cluster's count on its disc. */
export const textOn = (colour: string) =>
  contrast(colour, '#ffffff') >= contrast(colour, '#0f172a') ? '#ffffff' : '#0f172a'

/** Both themes' inks for a colour, and the text that sits on each (data/indexFormat.ts Inks). */
export function inksFor(colour: string) {
  const light = inkFor(colour, 'light')
  const dark = inkFor(colour, 'dark')
  return { light, dark, onLight: textOn(light), onDark: textOn(dark) }
}
