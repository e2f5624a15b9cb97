/** Every keyboard shortcut, for the handler's documentation and the "?" dialog. */
export const SHORTCUTS: readonly { keys: string[]; does: string }[] = [
  { keys: ['←', '→'], does: 'Previous / next event (opens it)' },
  { keys: ['Home', 'End'], does: 'First / last event' },
  { keys: ['+', '−'], does: 'Zoom in / out (timeline)' },
  { keys: ['0'], does: 'Show the whole range (timeline)' },
  { keys: ['/'], does: 'Search' },
  { keys: ['Esc'], does: 'Close the panel or this dialog; clear the search box' },
  { keys: ['?'], does: 'This list' },
]
