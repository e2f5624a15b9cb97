import { t } from '../i18n/i18n.ts'

type ErrorNoticeProps = {
  error: Error
  onRetry: () => void
  /** When given, the way back is closing the broken part instead of reloading the view. */
  onClose?: () => void
}

/** What a reader sees when a part of the page failed: what went wrong, and ways back. */
export function ErrorNotice({ error, onRetry, onClose }: ErrorNoticeProps) {
  return (
    <div
      role="alert"
      className="mx-auto mt-8 max-w-lg space-y-3 rounded-xl border border-red-200 bg-white p-6 text-slate-800 shadow"
    >
      <h2 className="text-lg font-semibold">{onClose ? t('app.error.event') : t('app.error.view')}</h2>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">{error.message}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white"
          onClick={onRetry}
        >
          {t('app.retry')}
        </button>
        {onClose ? (
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium"
            onClick={onClose}
          >
            {t('app.error.closeBack')}
          </button>
        ) : (
          <a
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium"
            href={window.location.pathname}
          >
            {t('app.error.backToTimeline')}
          </a>
        )}
      </div>
    </div>
  )
}
