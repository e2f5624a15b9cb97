import { useCallback, useId, useRef, useState } from 'react'
import { t } from '../../i18n/i18n.ts'
import { useDismiss } from '../../ui/useDismiss.ts'
import type { ViewNow } from './sceneInput.ts'
import { imageStem } from './stem.ts'
import type { ImageFormat } from './imageFiles.ts'

type DownloadImageProps = {
  /** The view as it is now, read when the reader asks (not on every render). */
  input: () => ViewNow
  className: string
}

/**
 * "Download image": a PNG of the view at twice the screen's pixels, or an SVG with its words as
 * text. The drawing code loads on first use.
 */
export function DownloadImage({ input, className }: DownloadImageProps) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const menu = useId()
  const box = useRef<HTMLDivElement>(null)

  const close = useCallback(() => setOpen(false), [])
  useDismiss(open, box, close)

  const save = async (format: ImageFormat) => {
    setOpen(false)
    setBusy(true)
    setSaid(null)
    try {
      const { saveViewImage } = await import('./imageFiles.ts')
      const view = input()
      const [t0, t1] = view.x.domain()
      const name = await saveViewImage(format, view, imageStem(t0, t1))
      setSaid({ ok: true, text: t('share.image.saved', { name }) })
    } catch {
      setSaid({ ok: false, text: t('share.image.failed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div ref={box} className="relative inline-flex items-center gap-2">
      <button
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={menu}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
      >
        {busy ? t('share.image.busy') : t('share.image.button')}
      </button>
      {open && (
        <div
          id={menu}
          role="group"
          aria-label={t('share.image.button')}
          className="absolute top-full right-0 z-30 mt-1 flex w-max flex-col rounded-md border border-slate-300 bg-white p-1 shadow-lg"
        >
          <button
            type="button"
            className="rounded px-3 py-1.5 text-left text-sm hover:bg-slate-100"
            onClick={() => void save('png')}
          >
            {t('share.image.png')}
          </button>
          <button
            type="button"
            className="rounded px-3 py-1.5 text-left text-sm hover:bg-slate-100"
            onClick={() => void save('svg')}
          >
            {t('share.image.svg')}
          </button>
        </div>
      )}
      <span role="status" className={`text-xs ${said?.ok === false ? 'text-red-800' : 'sr-only'}`}>
        {said?.text}
      </span>
    </div>
  )
}
