import { useEffect, useRef } from 'react'
import { t } from '../i18n/i18n.ts'
import { SHORTCUTS } from './shortcuts.ts'

/** The list of keyboard shortcuts, in a modal dialog; Esc or the button closes it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.showModal()
    return () => back?.focus()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        {t('app.shortcuts.title')}
      </h2>
      <table className="w-full text-sm">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does} className="border-t border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal whitespace-nowrap">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                      {k}
                    </kbd>
                  </span>
                ))}
              </th>
              <td className="py-2 text-slate-700">{t(s.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 text-right">
        <button
          type="button"
          autoFocus
          onClick={() => ref.current?.close()}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {t('app.shortcuts.close')}
        </button>
      </div>
    </dialog>
  )
}
