import { useState } from 'react'
import { eventPageUrl } from '../data/appRoot.ts'
import type { Event } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'
import { citation } from './citation.ts'

type Copied = { what: 'link' | 'citation'; text: string; state: 'copied' | 'manual' }

const button =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700'

/**
 * "Copy link" (the event's own page) and "Copy citation": to the clipboard, or shown for
 * copying by hand when the browser refuses.
 */
export function CopyCitation({ event }: { event: Event }) {
  const [copied, setCopied] = useState<Copied | null>(null)
  const copy = (what: Copied['what'], text: string) => {
    if (!navigator.clipboard) return setCopied({ what, text, state: 'manual' })
    navigator.clipboard.writeText(text).then(
      () => setCopied({ what, text, state: 'copied' }),
      () => setCopied({ what, text, state: 'manual' }),
    )
  }
  return (
    <section className="space-y-2" aria-label={t('detail.cite.region')}>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => copy('link', eventPageUrl(event.id))} className={button}>
          {t('detail.cite.copyLink')}
        </button>
        {/* Made when asked for, so "accessed" is the day of copying. */}
        <button
          type="button"
          onClick={() => copy('citation', citation(event, eventPageUrl(event.id), new Date()))}
          className={button}
        >
          {t('detail.cite.copyCitation')}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {copied?.state === 'copied'
            ? copied.what === 'link'
              ? t('detail.cite.linkCopied')
              : t('detail.cite.citationCopied')
            : copied?.state === 'manual'
              ? t('detail.cite.manual')
              : ''}
        </span>
      </div>
      {copied?.state === 'manual' && (
        <textarea
          readOnly
          aria-label={copied.what === 'link' ? t('detail.cite.link') : t('detail.cite.citation')}
          value={copied.text}
          rows={copied.what === 'link' ? 2 : 4}
          className="w-full rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900"
          onFocus={(e) => e.target.select()}
        />
      )}
    </section>
  )
}
