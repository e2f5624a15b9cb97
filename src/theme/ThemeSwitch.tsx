import { useId, useState, useSyncExternalStore } from 'react'
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
        Theme
      </label>
      <select
        id={id}
        value={theme}
        onChange={(e) => {
          const t = e.target.value as Theme
          setTheme(t)
          applyTheme(t)
        }}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  )
}
