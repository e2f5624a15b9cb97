import type { MouseEvent, ReactNode } from 'react'
import { eventHref, useLinks } from './links.ts'
import { isPlainClick } from './plainClick.ts'

type EventLinkProps = {
  id: string
  /** Opens the event in the panel; without it (a static page) the link just navigates. */
  onOpen?: (id: string) => void
  className?: string
  children: ReactNode
  'aria-label'?: string
  'aria-current'?: true
  'data-event-id'?: string
}

/**
 * A link to an event's own page. A plain click opens it in the app's panel instead; a click
 * with a modifier (new tab, new window) or the middle button goes to the page, and without
 * JavaScript every click does.
 */
export function EventLink({ id, onOpen, children, ...rest }: EventLinkProps) {
  const links = useLinks()
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpen || !isPlainClick(e)) return
    e.preventDefault()
    onOpen(id)
  }
  return (
    <a
      href={eventHref(links, id)}
      onClick={onClick}
      // In an embed, a link followed (a modified click) opens the full site, in a new tab.
      {...(links.embed ? { target: '_blank', rel: 'noopener' } : {})}
      {...rest}
    >
      {children}
    </a>
  )
}
