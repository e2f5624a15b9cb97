import { createContext, useContext } from 'react'

/** How links in the page reach an event. */
export type Links = {
  /**
   * From the document to the app's home page: "" as the server renders the home page (its
   * links are relative to it), the home page's absolute path once the app runs (the address
   * bar then moves to event pages and back), "../../" on an event page as written.
   */
  base: string
  /** Whether the build wrote a page per event; without them a link opens the app at ?event=. */
  pages: boolean
  /**
   * The page is an embed (embed/, inside another site's article): a link to the site opens it
   * in a new tab, never in the frame, and the address is left alone.
   */
  embed?: boolean
}

export const LinksContext = createContext<Links>({ base: '', pages: false })

/** The address of an event's page (or of the app with the event open), for an href. */
export function eventHref(links: Links, id: string): string {
  const e = encodeURIComponent(id)
  return links.pages ? `${links.base}event/${e}/` : `${links.base || './'}?event=${e}`
}

export function useLinks(): Links {
  return useContext(LinksContext)
}

/**
 * How the home page's links reach events, as the build writes them: relative to the home
 * page, or for the embed page (embed/, one folder down) from its parent, the language's home.
 * The client hydrating either page starts from the same (main.tsx).
 */
export function embedLinks(pages: boolean, embed: boolean): Links {
  return embed ? { base: '../', pages, embed } : { base: '', pages }
}
