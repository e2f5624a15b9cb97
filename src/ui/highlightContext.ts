import { createContext } from 'react'

/** The words the current search matched, as a pattern (null when nothing is searched). */
export const HighlightContext = createContext<RegExp | null>(null)
