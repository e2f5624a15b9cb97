import { appRoot } from '../data/appRoot.ts'
import { DAY_MS, dayTime, formatLongDate } from '../data/dates.ts'
import { RELEASE } from '../data/release.ts'
import { t } from '../i18n/i18n.ts'

/** The whole dataset's citation in the page's language: name, version, release date, address, today. */
export function datasetCitation(today = Date.now()): string {
  return t('site.cite.text', {
    site: t('site.name'),
    version: RELEASE.version,
    date: formatLongDate(dayTime(RELEASE.date)),
    url: appRoot().href,
    today: formatLongDate(Math.floor(today / DAY_MS) * DAY_MS),
  })
}

/**
 * The footer's "Copy citation" (static HTML on every page, shown once the script runs): copies
 * the dataset's citation and says so, or shows it to copy by hand where the clipboard is
 * blocked (an embedded page, an old browser).
 */
export function wireFooterCitation(doc: Document = document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-copy-citation]')
  const status = doc.querySelector<HTMLElement>('[data-copy-citation-status]')
  if (!button || !status) return
  button.hidden = false
  button.addEventListener('click', () => {
    const text = datasetCitation()
    const say = (s: string) => (status.textContent = s)
    if (!navigator.clipboard) return say(t('site.cite.blocked', { text }))
    navigator.clipboard.writeText(text).then(
      () => say(t('site.cite.copied')),
      () => say(t('site.cite.blocked', { text })),
    )
  })
}
