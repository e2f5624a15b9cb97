import { t } from '../i18n/i18n.ts'

type NoticesProps = { notices: readonly string[]; onDismiss: () => void }

/** What the page ignored in the link, said plainly, with a way to dismiss it. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  if (notices.length === 0) return null
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <ul className="flex-1 space-y-1 [overflow-wrap:anywhere]">
        {notices.slice(0, 5).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
        {notices.length > 5 && <li>{t('app.notice.more', { count: notices.length - 5 })}</li>}
      </ul>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded px-2 py-1 font-medium underline focus-visible:outline-2 focus-visible:outline-amber-800"
      >
        {t('app.notice.dismiss')}
      </button>
    </div>
  )
}
