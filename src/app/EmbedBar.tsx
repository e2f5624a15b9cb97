import { appRoot } from '../data/appRoot.ts'
import { statusLine } from '../filters/filterState.ts'
import { t } from '../i18n/i18n.ts'
import { embedQuery } from './embedSnippet.ts'
import { NewTabLink } from '../ui/NewTabLink.tsx'

type EmbedBarProps = { shown: number; total: number; eventId: string | null }

/**
 * What an embedded view shows above it instead of the site's header: the site's name as a
 * link to the same view on the full site (in a new tab, and it says so) and the count.
 */
export function EmbedBar({ shown, total, eventId }: EmbedBarProps) {
  const query = typeof window === 'undefined' ? '' : embedQuery(window.location.search)
  const full = `${typeof window === 'undefined' ? '../' : appRoot().href}${eventId ? `event/${encodeURIComponent(eventId)}/` : ''}${query}`
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
      <NewTabLink
        href={full}
        note={t('share.embed.newTab')}
        className="font-semibold text-slate-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {t('site.name')}
      </NewTabLink>
      <span role="status" className="text-slate-700">
        {statusLine(shown, total)}
      </span>
    </div>
  )
}
