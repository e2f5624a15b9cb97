import { langPrefix, type Lang } from './langs.ts'

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

/** The same, from the page: its site's root is where its meta tags say. */
export function addressOf(lang: Lang, doc: Document = document): string {
  const siteMeta = doc.querySelector<HTMLMetaElement>('meta[name="site-root"]')?.content
  const appMeta = doc.querySelector<HTMLMetaElement>('meta[name="app-root"]')?.content
  return addressIn(lang, new URL(siteMeta ?? appMeta ?? './', window.location.href))
}
