import { useId, useState, useSyncExternalStore } from 'react'
import { t } from '../i18n/i18n.ts'
import { applyTheme, storedTheme, type Theme } from './theme.ts'

const never = () => () => {}

/** Light, dark, or whatever the system prefers (the default). */
export function ThemeSwitch() {
  // The server cannot know the reader's choice: the prerendered page (and the render that
  // hydrates it) say "system", and the stored choice shows before the first paint after.
  const stored = useSyncExternalStore(never, storedTheme, () => 'system' as const)
  const [chosen, setTheme] = useState<Theme | null>(null)
  const theme = chosen ?? stored
  const id = useId()
  return (
    <span className="flex items-center gap-1 text-sm text-slate-700">
      <label htmlFor={id} className="sr-only sm:not-sr-only">
        {t('app.theme.label')}
      </label>
      <select
        id={id}
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme
          setTheme(next)
          applyTheme(next)
        }}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <option value="system">{t('app.theme.system')}</option>
        <option value="light">{t('app.theme.light')}</option>
        <option value="dark">{t('app.theme.dark')}</option>
      </select>
    </span>
  )
}
