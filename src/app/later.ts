import { lazy } from 'react'

// What is not needed for the first paint loads when it is first used.
export const Notices = lazy(() => import('./Notices.tsx').then((m) => ({ default: m.Notices })))
export const PhraseTrend = lazy(() =>
  import('../trend/PhraseTrend.tsx').then((m) => ({ default: m.PhraseTrend })),
)
// Shown only when a search found nothing or failed.
export const SearchNotes = lazy(() => import('./SearchNotes.tsx').then((m) => ({ default: m.SearchNotes })))
// The button is in the first view, its code right after (the panel it opens later still).
export const EmbedButton = lazy(() => import('./EmbedButton.tsx').then((m) => ({ default: m.EmbedButton })))
// Only an embedded page (embed/) has the bar; the site's pages never load it.
export const EmbedBar = lazy(() => import('./EmbedBar.tsx').then((m) => ({ default: m.EmbedBar })))
export const ShortcutsDialog = lazy(() =>
  import('../shortcuts/ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })),
)
