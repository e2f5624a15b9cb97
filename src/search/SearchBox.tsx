import type { Ref } from 'react'
import { primeSearch } from './useSearch.ts'

type SearchBoxProps = {
  value: string
  onChange: (text: string) => void
  /** The input, for the `/` shortcut to focus. */
  inputRef?: Ref<HTMLInputElement>
}

/** Full-text search over titles, summaries, quotes and texts; `/` focuses it from anywhere. */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label="Search"
      placeholder="Search titles, summaries, quotes, texts  ( / )"
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
      className="h-9 min-w-0 flex-1 basis-80 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
    />
  )
}
