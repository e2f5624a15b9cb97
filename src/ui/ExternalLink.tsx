import { t } from '../i18n/i18n.ts'
import { hostOf, safeHref } from './recordLabels.ts'

type ExternalLinkProps = {
  url: string | undefined
  children: React.ReactNode
}

/** A link to a source, opened in a new tab; an unsafe or missing URL renders as plain text. */
export function ExternalLink({ url, children }: ExternalLinkProps) {
  const href = safeHref(url)
  if (!href) return <span>{children}</span>
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-blue-800 underline underline-offset-2 hover:text-blue-950"
    >
      {children}
      <span className="text-slate-600"> ({hostOf(href)})</span>
      <span className="sr-only"> {t('ui.newTab')}</span>
    </a>
  )
}
