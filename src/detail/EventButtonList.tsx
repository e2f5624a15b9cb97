import { useId, type ReactNode } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import { formatShortDate } from '../data/dates.ts'
import { EventLink } from '../ui/EventLink.tsx'

type EventButtonListProps = {
  heading: string
  events: readonly IndexEvent[]
  /** Opens an event in the panel; without it (a static page) the links just navigate. */
  onOpen?: (id: string) => void
  /** Shown under the list (a way to see them all, for instance). */
  children?: ReactNode
}

/** A titled list of links to events (related, same occasion), opening in the panel when there is one. */
export function EventButtonList({ heading, events, onOpen, children }: EventButtonListProps) {
  const headingId = useId()
  if (events.length === 0) return null
  return (
    <section className="space-y-2" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {heading}
      </h3>
      <ul className="space-y-1">
        {events.map((e) => (
          <li key={e.id}>
            <EventLink
              id={e.id}
              onOpen={onOpen}
              className="block w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              <span className="mr-2 text-slate-600 tabular-nums">{formatShortDate(e.time)}</span>
              <span lang={e.titleLang} className="text-blue-800 underline-offset-2 hover:underline">
                {e.title}
              </span>
            </EventLink>
          </li>
        ))}
      </ul>
      {children}
    </section>
  )
}
