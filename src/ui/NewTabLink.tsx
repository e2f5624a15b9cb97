import type { ReactNode } from 'react'

type NewTabLinkProps = {
  href: string
  className: string
  /** What a screen reader hears after the link's words: that it opens a new tab. */
  note: string
  children: ReactNode
}

/** A link to this site that opens in a new tab (from an embedded view, or a preview), and says so. */
export function NewTabLink({ href, className, note, children }: NewTabLinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener" className={className}>
      {children}
      <span aria-hidden> ↗</span>
      <span className="sr-only"> {note}</span>
    </a>
  )
}
