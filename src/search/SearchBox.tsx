import type { Ref } from 'react'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'
import { primeSearch } from './useSearch.ts'

type SearchBoxProps = {
  value: string
  onChange: (text: string) => void
  /** The input, for the `/` shortcut to focus. */
  inputRef?: Ref<HTMLInputElement>
}

/** Room for the placeholder on one line where the row allows it: the Russian one is longest. */
const BASIS: Record<Lang, string> = { en: 'basis-80', ko: 'basis-80', ru: 'basis-[25rem]' }

/** Full-text search over titles, summaries, quotes and texts; `/` focuses it from anywhere. */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label={t('app.search.label')}
      placeholder={t('app.search.placeholder')}
      value={value}
      // The index is fetched when search is first used: on focus, before the first key.
      onFocus={() => void primeSearch().catch(() => undefined)}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value !== '') {
          e.stopPropagation()
          onChange('')
        }
      }}
      className={`h-9 min-w-0 flex-1 ${BASIS[currentLang()]} rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700`}
    />
  )
}
