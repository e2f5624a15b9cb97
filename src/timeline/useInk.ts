import { useEffect, useState } from 'react'
import type { Ink } from './drawMarks.ts'
import { INK_TOKENS, type Theme } from './picture.ts'

/** Until the page can be read (the server): the light palette's values. */
const FALLBACK: Ink = {
  outline: '#ffffff',
  label: '#334155',
  selected: '#0f172a',
  grid: '#cbd5e1',
  tickMajor: '#1e293b',
  tickMinor: '#475569',
  laneName: '#475569',
  eraStripe: '#fbbf24',
  eraText: '#78350f',
  font: 'sans-serif',
  theme: 'light',
}

/** Which theme the page shows: the reader's choice (a class on <html>), else the system's. */
export function pageTheme(): Theme {
  const root = document.documentElement
  if (root.classList.contains('dark')) return 'dark'
  if (root.classList.contains('light')) return 'light'
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** The colours and font the axis draws with now, read from the page. */
export function readInk(): Ink {
  if (typeof document === 'undefined') return FALLBACK
  const css = getComputedStyle(document.documentElement)
  const ink = { ...FALLBACK, font: css.fontFamily || FALLBACK.font, theme: pageTheme() }
  for (const [name, { token }] of Object.entries(INK_TOKENS) as [
    keyof typeof INK_TOKENS,
    { token: string },
  ][])
    ink[name] = css.getPropertyValue(token).trim() || FALLBACK[name]
  return ink
}

/**
 * The colours the canvas draws with, read from the page's palette and read again when the
 * theme changes (the system's setting, or the switch's class on <html>).
 */
export function useInk(): Ink {
  const [ink, setInk] = useState<Ink>(readInk)
  useEffect(() => {
    const update = () => setInk(readInk())
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    media.addEventListener('change', update)
    const observer = new MutationObserver(update)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
    return () => {
      media.removeEventListener('change', update)
      observer.disconnect()
    }
  }, [])
  return ink
}
