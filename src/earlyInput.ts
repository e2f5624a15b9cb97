/**
 * True when a key belongs to a field the reader types in, or is a browser shortcut: as
 * ui/isTyping.ts says it, written out again here so that this file, the early script's, stands
 * alone (importing it would tie the early script to the app's own file, a hundred times larger).
 */
function typing(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true
  const t = e.target
  return (
    t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))
  )
}

// While the app wakes up (its script evaluates and React hydrates the prerendered page in
// slices), the page is on screen and a reader may already click or press a key. Those are
// held here and replayed once the app has taken the page over, so no input is lost: a click
// on a control is clicked again, a key pressed again, and what was typed into a field reaches
// its handler. Characters typed into a field land in it natively all along.

type Held =
  | { click: Element; name: string | null }
  | { key: KeyboardEventInit & { key: string }; target: EventTarget | null }

/** What a control says it is: its accessible name where it has one. */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent

/** What a held click must be on: something the app handles (links open in place, chips toggle...). */
const CONTROL =
  'a[href], button, [role="button"], [role="slider"], input[type="checkbox"], summary, select, label'

/** The value a field had when the page was written, so a field the reader typed into is found. */
const FIELDS = 'input[type="search"], input[type="text"], input[type="date"]'

/**
 * Starts holding clicks on the app's controls and keys outside fields (the capture phase of
 * the document runs before React's own listeners); returns `release`, which stops and replays.
 */
export function holdEarlyInput(root: HTMLElement): () => void {
  const held: Held[] = []
  const onClick = (e: MouseEvent) => {
    const control = e.target instanceof Element ? e.target.closest(CONTROL) : null
    if (!control || !root.contains(control)) return
    e.preventDefault()
    e.stopImmediatePropagation()
    held.push({ click: control, name: nameOf(control) })
  }
  const onKey = (e: KeyboardEvent) => {
    if (typing(e)) return
    e.preventDefault()
    e.stopImmediatePropagation()
    held.push({ key: { key: e.key, code: e.code, shiftKey: e.shiftKey }, target: e.target })
  }
  document.addEventListener('click', onClick, true)
  document.addEventListener('keydown', onKey, true)
  return () => {
    document.removeEventListener('click', onClick, true)
    document.removeEventListener('keydown', onKey, true)
    for (const field of root.querySelectorAll<HTMLInputElement>(FIELDS))
      if (field.value !== field.defaultValue) retype(field)
    for (const h of held)
      if ('click' in h) {
        // The control the reader saw: the same element if it still says the same, else the one
        // that now does (the axis may lay its marks out anew as it wakes); none, no click.
        const same = h.click.isConnected && nameOf(h.click) === h.name ? h.click : undefined
        const now = same ?? [...root.querySelectorAll(CONTROL)].find((c) => nameOf(c) === h.name)
        if (now instanceof HTMLElement || now instanceof SVGElement)
          now.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
      } else
        (h.target ?? document).dispatchEvent(
          new KeyboardEvent('keydown', { ...h.key, bubbles: true, cancelable: true }),
        )
  }
}

/**
 * Hands a field's typed value to the app: React tracks a field's last known value and fires
 * onChange only when it differs, so the tracked value is reset through the element's own
 * setter before the typed one is written past it (the browser's native setter) and announced.
 */
function retype(field: HTMLInputElement) {
  const typed = field.value
  field.value = field.defaultValue
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, typed)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
