export type Theme = 'system' | 'light' | 'dark'

const KEY = 'theme'

/** The reader's choice, kept in localStorage; "system" follows prefers-color-scheme. */
export function storedTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY)
    return t === 'light' || t === 'dark' ? t : 'system'
  } catch {
    return 'system'
  }
}

/** Puts the choice on <html> (the stylesheet reads the class) and remembers it. */
export function applyTheme(theme: Theme) {
  const root = document.documentElement
  root.classList.toggle('dark', theme === 'dark')
  root.classList.toggle('light', theme === 'light')
  try {
    if (theme === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, theme)
  } catch {
    // Storage can be off (private windows): the choice then lasts for this page only.
  }
}
