import { StrictMode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { App } from '../app/App.tsx'
import { embedLinks, LinksContext, type Links } from '../ui/links.ts'
import { decodeIndex } from '../data/decodeIndex.ts'
import type { CorpusIndex, WireIndex } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'
import { EventArticle } from './EventArticle.tsx'

// The build's renderer (loaded by scripts/pagesPlugin.ts, never by the browser).

/** The language the renderer writes in from now on, with its messages compiled. */
export { setMessages } from '../i18n/i18n.ts'

/**
 * The home page as a link with no parameters shows it, as HTML for #root: the element the
 * client hydrates must be this one exactly (see main.tsx). Waits for lazy parts (the overview).
 */
export async function renderHome(wire: WireIndex, pages: boolean, embed = false): Promise<string> {
  const corpus = decodeIndex(wire)
  const errors: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <App corpus={corpus} links={embedLinks(pages, embed)} prerender />
    </StrictMode>,
    {
      // Every part in place, in order: no part is sent later with an inline script to move it
      // (the page's policy runs no inline script).
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      onError: (e) => void errors.push(e),
    },
  )
  if (errors.length > 0) throw new Error(`The home page did not render: ${String(errors[0])}`)
  return new Response(prelude).text()
}

/** The index the pages are written from (decoded as the browser decodes it). */
export function decode(wire: WireIndex): CorpusIndex {
  return decodeIndex(wire)
}

/** An event's own page's content, for #root. */
export function renderEvent(event: Event, corpus: CorpusIndex): string {
  const entry = corpus.byId.get(event.id)
  if (!entry) throw new Error(`The index has no event ${event.id}`)
  const links: Links = { base: '../../', pages: true }
  return renderToStaticMarkup(
    <LinksContext.Provider value={links}>
      <EventArticle event={event} entry={entry} corpus={corpus} links={links} />
    </LinksContext.Provider>,
  )
}
