import type { Ref } from 'react'
import type { View } from './urlState.ts'
import { SearchBox } from '../search/SearchBox.tsx'
import { ThemeSwitch } from '../theme/ThemeSwitch.tsx'

type ToolbarProps = {
  q: string
  view: View
  trendOpen: boolean
  onSearch: (text: string) => void
  onView: (view: View) => void
  onTrend: () => void
  onHelp: () => void
  /** The search input, for the `/` shortcut. */
  searchRef: Ref<HTMLInputElement>
}

const VIEW_LABEL: Record<View, string> = { timeline: 'Timeline', table: 'Table', compare: 'Compare years' }

export const toolButton =
  'inline-flex h-9 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700'

/** Search, the choice of view, the phrase trend, the theme and the shortcut list. */
export function Toolbar({ q, view, trendOpen, onSearch, onView, onTrend, onHelp, searchRef }: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <SearchBox value={q} onChange={onSearch} inputRef={searchRef} />
      <div role="group" aria-label="View" className="flex gap-1">
        {(Object.keys(VIEW_LABEL) as View[]).map((v) => (
          <button
            key={v}
            type="button"
            className={toolButton}
            aria-pressed={view === v}
            onClick={() => onView(v)}
          >
            {VIEW_LABEL[v]}
          </button>
        ))}
      </div>
      <button type="button" className={toolButton} aria-pressed={trendOpen} onClick={onTrend}>
        Phrase trend
      </button>
      <div className="ml-auto flex items-center gap-1">
        <ThemeSwitch />
        <button
          type="button"
          className={toolButton}
          onClick={onHelp}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          <span aria-hidden>?</span>
        </button>
      </div>
    </div>
  )
}
