let root: URL | undefined
let site: URL | undefined

/**
 * The address of the app's home page in the page's language (the site's root in English,
 * ko/ or ru/ below it). A page in a subfolder (an event's own page,
 * event/<id>/) says where the root is with <meta name="app-root" content="../../">. Read once,
 * from the address the page was loaded at: the app later moves the address bar between the
 * home page and event pages, which must not move the root.
 */
export function appRoot(): URL {
  if (!root) {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="app-root"]')?.content ?? './'
    root = new URL(meta, window.location.href)
  }
  return root
}

/**
 * The address of the site's root, where the corpus files and the assets are: the app's home
 * page in English, its parent for the Korean and Russian pages (ko/, ru/), which say so with
 * <meta name="site-root" content="../">.
 */
export function siteRoot(): URL {
  if (!site) {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="site-root"]')?.content
    site = meta ? new URL(meta, window.location.href) : appRoot()
  }
  return site
}

/** Whether the build wrote a page per event (<meta name="event-pages" content="yes">). */
export function hasEventPages(): boolean {
  return document.querySelector<HTMLMetaElement>('meta[name="event-pages"]')?.content === 'yes'
}

/** The address of an event's own page (or, without those pages, of the app with it open). */
export function eventPageUrl(id: string): string {
  const path = hasEventPages() ? `event/${encodeURIComponent(id)}/` : `?event=${encodeURIComponent(id)}`
  return new URL(path, appRoot()).href
}

/** The path of the current address below the app's home page ("" on the home page itself). */
export function pathBelowRoot(): string {
  const base = appRoot().pathname
  const path = window.location.pathname
  return path.startsWith(base) ? path.slice(base.length) : ''
}
