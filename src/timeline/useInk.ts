import { useEffect, useState } from 'react'
import type { Ink } from './drawMarks.ts'

const FALLBACK: Ink = {
  outline: '#fff',
  label: '#334155',
  selected: '#0f172a',
  font: 'sans-serif',
  grid: '#cbd5e1',
  tickMajor: '#1e293b',
  tickMinor: '#475569',
  eraFill: '#fef3c7',
  eraAlpha: 0.5,
  eraStripe: '#fbbf24',
  eraText: '#78350f',
}

function readInk(): Ink {
  if (typeof document === 'undefined') return FALLBACK
  const css = getComputedStyle(document.documentElement)
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  const dark =
    document.documentElement.classList.contains('dark') ||
    (!document.documentElement.classList.contains('light') &&
      matchMedia('(prefers-color-scheme: dark)').matches)
  const amber100 = v('--color-amber-100', '#fef3c7')
  return {
    outline: v('--color-white', FALLBACK.outline),
    label: v('--color-slate-700', FALLBACK.label),
    selected: v('--color-slate-900', FALLBACK.selected),
    font: css.fontFamily || FALLBACK.font,
    grid: v('--color-slate-300', FALLBACK.grid),
    tickMajor: v('--color-slate-800', FALLBACK.tickMajor),
    tickMinor: v('--color-slate-600', FALLBACK.tickMinor),
    // The palette mirrors in dark mode; an era's wash stays a faint amber glow there.
    eraFill: dark ? '#f59e0b' : amber100,
    eraAlpha: dark ? 0.15 : 0.5,
    eraStripe: v('--color-amber-400', FALLBACK.eraStripe),
    eraText: v('--color-amber-900', FALLBACK.eraText),
  }
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
