import type { CSSProperties } from 'react'
import type { Inks } from '../data/indexFormat.ts'

/**
 * An occasion's colour for elements painted in CSS (SVG marks before the canvas draws, legend
 * dots, chips): both themes' values as custom properties; the classes `ink-fill`, `ink-stroke`,
 * `ink-bg` and `ink-text` (index.css) pick the theme's. Works in the prerendered page too,
 * which cannot know the reader's theme.
 */
export function inkStyle(inks: Inks): CSSProperties {
  return {
    '--ink': inks.light,
    '--ink-dark': inks.dark,
    '--on': inks.onLight,
    '--on-dark': inks.onDark,
  } as CSSProperties
}
