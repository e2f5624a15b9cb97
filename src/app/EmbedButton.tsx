import { useEffect, useId, useRef, useState } from 'react'
import { appRoot } from '../data/appRoot.ts'
import { t } from '../i18n/i18n.ts'
import { embedQuery, embedSnippet } from './embedSnippet.ts'

type EmbedButtonProps = {
  className: string
  /** What the view is, for the frame's name: "Victory Day, 2020–2025". */
  describe: () => string
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
 * "Embed": a snippet that puts the current view (filters, search, dates, view, language) in
 * another site's article, as wide as its column and as tall as the view, with a copy button
 * and a preview.
 */
export function EmbedButton({ className, describe }: EmbedButtonProps) {
  const [open, setOpen] = useState(false)
  const [said, setSaid] = useState('')
  const [snippet, setSnippet] = useState({ html: '', src: '' })
  const panel = useId()
  const heading = useId()
  const box = useRef<HTMLDivElement>(null)
  const area = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node))
        setOpen(false)
    }
    document.addEventListener('keydown', close)
    document.addEventListener('pointerdown', close)
    return () => {
      document.removeEventListener('keydown', close)
      document.removeEventListener('pointerdown', close)
    }
  }, [open])

  const show = () => {
    if (open) return setOpen(false)
    const src = `${appRoot().href}embed/${embedQuery(window.location.search)}`
    setSnippet({
      src,
      html: embedSnippet({ src, title: `${t('site.name')}: ${describe()}`, height: frameHeight() }),
    })
    setSaid('')
    setOpen(true)
    requestAnimationFrame(() => area.current?.select())
  }
  const copy = () => {
    area.current?.select()
    const done = () => setSaid(t('share.embed.copied'))
    const failed = () => setSaid(t('share.embed.copyBlocked'))
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(snippet.html).then(done, failed)
  }

  return (
    <div ref={box} className="relative">
      <button type="button" className={className} aria-expanded={open} aria-controls={panel} onClick={show}>
        {t('share.embed.button')}
      </button>
      {open && (
        <section
          id={panel}
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
            <a
              href={snippet.src}
              target="_blank"
              rel="noopener"
              className="text-blue-800 underline underline-offset-2"
            >
              {t('share.embed.preview')}
              <span aria-hidden> ↗</span>
              <span className="sr-only"> {t('share.embed.newTabShort')}</span>
            </a>
            <span role="status" className="text-xs text-slate-700">
              {said}
            </span>
          </div>
        </section>
      )}
    </div>
  )
}
