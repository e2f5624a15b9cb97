import type { ReactNode, Ref } from 'react'
import { t } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'
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
  /** The Embed action, beside the views. */
  embed?: ReactNode
}

// Ids, not words: the words are read in the page's language at render time.
const VIEW_LABEL: Record<View, MessageId> = {
  timeline: 'app.view.timeline',
  table: 'app.view.table',
  compare: 'app.view.compare',
}

export const toolButton =
  'inline-flex h-9 items-center whitespace-nowrap justify-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700'

/** Search, the choice of view, the phrase trend, the theme and the shortcut list. */
export function Toolbar({
  q,
  view,
  trendOpen,
  onSearch,
  onView,
  onTrend,
  onHelp,
  searchRef,
  embed,
}: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <SearchBox value={q} onChange={onSearch} inputRef={searchRef} />
      <div role="group" aria-label={t('app.toolbar.view')} className="flex flex-wrap gap-1">
        {(Object.keys(VIEW_LABEL) as View[]).map((v) => (
          <button
            key={v}
            type="button"
            className={toolButton}
            aria-pressed={view === v}
            onClick={() => onView(v)}
          >
            {t(VIEW_LABEL[v])}
          </button>
        ))}
      </div>
      <button type="button" className={toolButton} aria-pressed={trendOpen} onClick={onTrend}>
        {t('app.toolbar.phraseTrend')}
      </button>
      {embed}
      <div className="ml-auto flex items-center gap-1">
        <ThemeSwitch />
        <button
          type="button"
          className={toolButton}
          onClick={onHelp}
          aria-label={t('app.shortcuts.title')}
          title={t('app.toolbar.shortcutsTip')}
        >
          <span aria-hidden>?</span>
        </button>
      </div>
    </div>
  )
}
