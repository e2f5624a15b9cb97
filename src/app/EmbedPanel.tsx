import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { appRoot } from '../data/appRoot.ts'
import { t } from '../i18n/i18n.ts'
import { NewTabLink } from '../ui/NewTabLink.tsx'
import { useDismiss } from '../ui/useDismiss.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { describeView } from './describeView.ts'
import type { ViewState } from './urlState.ts'
import { embedQuery, embedSnippet } from './embedSnippet.ts'

type EmbedPanelProps = {
  id: string
  /** The Embed button and this panel: a press outside it closes the panel. */
  box: RefObject<Element | null>
  className: string
  /** The view to embed (the frame is named after it: "Victory Day, 2020–2025"). */
  view: ViewState
  corpus: CorpusIndex
  onClose: () => void
}

/** Room above and below the view in the frame: the bar with the site's name, and a margin. */
const FRAME_EXTRA_PX = 72

/** The frame's height: the view's as it is on screen now, within what an article can hold. */
function frameHeight(): number {
  // The axis without the list below it (the embed shows no list); a table or comparison whole.
  const view =
    document.querySelector<HTMLElement>('[data-embed-view] > figure') ??
    document.querySelector<HTMLElement>('[data-embed-view]')
  const h = (view?.offsetHeight ?? 480) + FRAME_EXTRA_PX
  return Math.min(1200, Math.max(360, h))
}

/**
 * The snippet for the current view, made when the panel opens: a copy button, a preview, and
 * what it does. Closes on Escape and on a press outside the Embed button and panel.
 */
export function EmbedPanel({ id, box, className, view, corpus, onClose }: EmbedPanelProps) {
  const [said, setSaid] = useState('')
  const [snippet] = useState(() => {
    const src = `${appRoot().href}embed/${embedQuery(window.location.search)}`
    return {
      src,
      html: embedSnippet({
        src,
        title: `${t('site.name')}: ${describeView(view, corpus)}`,
        height: frameHeight(),
      }),
    }
  })
  const heading = useId()
  const area = useRef<HTMLTextAreaElement>(null)

  useEffect(() => area.current?.select(), [])
  useDismiss(true, box, onClose)

  const copy = () => {
    area.current?.select()
    const done = () => setSaid(t('share.embed.copied'))
    const failed = () => setSaid(t('share.embed.copyBlocked'))
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(snippet.html).then(done, failed)
  }

  return (
    <section
      id={id}
      aria-labelledby={heading}
      className="absolute top-full right-0 z-40 mt-1 w-[min(34rem,calc(100vw-2rem))] space-y-2 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg"
    >
      <h2 id={heading} className="font-semibold text-slate-900">
        {t('share.embed.heading')}
      </h2>
      <p className="text-slate-700">{t('share.embed.explain')}</p>
      <textarea
        ref={area}
        readOnly
        rows={4}
        value={snippet.html}
        aria-label={t('share.embed.code')}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={className} onClick={copy}>
          {t('share.embed.copy')}
        </button>
        <NewTabLink
          href={snippet.src}
          note={t('share.embed.newTabShort')}
          className="text-blue-800 underline underline-offset-2"
        >
          {t('share.embed.preview')}
        </NewTabLink>
        <span role="status" className="text-xs text-slate-700">
          {said}
        </span>
      </div>
    </section>
  )
}
