import { t } from '../i18n/i18n.ts'

/**
 * The footer's "Copy citation" (static HTML on every page, shown once the script runs): copies
 * the dataset's citation and says so, or shows it to copy by hand where the clipboard is
 * blocked (an embedded page, an old browser). The citation's code loads on the first click.
 */
export function wireFooterCitation(doc: Document = document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-copy-citation]')
  const status = doc.querySelector<HTMLElement>('[data-copy-citation-status]')
  if (!button || !status) return
  button.hidden = false
  button.addEventListener('click', () => {
    const say = (s: string) => (status.textContent = s)
    void import('./datasetCitation.ts').then(({ datasetCitation }) => {
      const text = datasetCitation()
      if (!navigator.clipboard) return say(t('site.cite.blocked', { text }))
      navigator.clipboard.writeText(text).then(
        () => say(t('site.cite.copied')),
        () => say(t('site.cite.blocked', { text })),
      )
    })
  })
}
