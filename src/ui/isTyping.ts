/** True when a key press belongs to a field the reader is typing in, or is a browser shortcut. */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true
  const t = e.target
  if (!(t instanceof HTMLElement)) return false
  return t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)
}

/** True while a modal dialog (the shortcut list) has the keys to itself. */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null
}
