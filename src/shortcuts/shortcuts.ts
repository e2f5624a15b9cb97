import type { MessageId } from '../i18n/ids.ts'

/**
 * Every keyboard shortcut, for the handler's documentation and the "?" dialog. What each does
 * is a message id, read in the page's language when the dialog renders; the keys are named as
 * they are printed on the keyboard.
 */
export const SHORTCUTS: readonly { keys: string[]; does: MessageId }[] = [
  { keys: ['←', '→'], does: 'app.shortcuts.prevNext' },
  { keys: ['Home', 'End'], does: 'app.shortcuts.firstLast' },
  { keys: ['+', '−'], does: 'app.shortcuts.zoom' },
  { keys: ['0'], does: 'app.shortcuts.whole' },
  { keys: ['/'], does: 'app.shortcuts.search' },
  { keys: ['Esc'], does: 'app.shortcuts.escape' },
  { keys: ['?'], does: 'app.shortcuts.help' },
]
