import { isLang, langPrefix, type Lang } from './langs.ts'

// The language switch in the header is three links to this page in each language, written
// at build time. A reader who has filtered, searched or opened an event since expects to
// land on the same view: when a link is followed, it is pointed at the current address in
// that language first, and the choice is remembered (the early language script honours it).

/** The address of the current view in `lang`: the same path below the language's home, query and hash. */
export function addressIn(lang: Lang, site: URL, now: URL = new URL(window.location.href)): string {
  const below = now.pathname.startsWith(site.pathname) ? now.pathname.slice(site.pathname.length) : ''
  const path = below.replace(/^(ko|ru)(\/|$)/, '')
  const target = new URL(`${langPrefix(lang)}${path}`, site)
  const query = new URLSearchParams(now.search)
  query.delete('lang')
  target.search = query.toString()
  target.hash = now.hash
  return target.href
}

/** Points the header's language links at the current view when they are about to be followed. */
export function keepAddressOnSwitch(doc: Document = document): void {
  const nav = doc.querySelector('nav[data-langs]')
  const siteMeta = doc.querySelector<HTMLMetaElement>('meta[name="site-root"]')?.content
  const appMeta = doc.querySelector<HTMLMetaElement>('meta[name="app-root"]')?.content
  if (!nav) return
  // The site's root: the language's home's parent for ko/ and ru/ pages, else the home itself.
  const site = new URL(siteMeta ?? appMeta ?? './', window.location.href)
  const point = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.('a[hreflang]')
    if (!(a instanceof HTMLAnchorElement) || !isLang(a.hreflang)) return
    a.href = addressIn(a.hreflang, site)
    if (e.type === 'click')
      try {
        localStorage.setItem('lang', a.hreflang)
      } catch {
        // Storage may be off (a private window): the switch still works, unremembered.
      }
  }
  for (const type of ['click', 'pointerover', 'focusin', 'auxclick', 'contextmenu'])
    nav.addEventListener(type, point)
}
