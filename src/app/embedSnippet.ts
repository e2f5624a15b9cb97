import { escapeHtml } from '../ui/html.ts'

/** The query of the view to embed: the address's, without what only the full site uses (an open event, a language). */
export function embedQuery(search: string): string {
  const q = new URLSearchParams(search)
  q.delete('event')
  q.delete('lang')
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * The <iframe> an article pastes: as wide as the article's column, as tall as the view,
 * named for screen readers, loaded when scrolled near, sending no more than the origin.
 */
export function embedSnippet(o: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(o.src)}" title="${escapeHtml(o.title)}" width="100%" height="${Math.round(o.height)}" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
}
