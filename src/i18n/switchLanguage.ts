import { addressOf } from './addressIn.ts'
import { isLang } from './langs.ts'

// The language switch in the header is three links to this page in each language, written
// at build time. A reader who has filtered, searched or opened an event since expects to land
// on the same view: when a link is about to be followed, it is pointed at the current address
// in that language (the page's inline language script remembers the choice).

/** Points the header's language links at the current view when they are about to be followed. */
export function keepAddressOnSwitch(doc: Document = document): void {
  const nav = doc.querySelector('nav[data-langs]')
  if (!nav) return
  const point = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.('a[hreflang]')
    if (!(a instanceof HTMLAnchorElement) || !isLang(a.hreflang)) return
    a.href = addressOf(a.hreflang, doc)
  }
  for (const type of ['pointerover', 'focusin', 'click', 'auxclick', 'contextmenu'])
    nav.addEventListener(type, point)
}
