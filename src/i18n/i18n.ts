import { setupI18n, type Messages } from '@lingui/core'
import type { MessageId } from './ids.ts'
import type { Lang } from './langs.ts'

// Every word the interface shows comes from here: t('some.id', { values }) in the page's
// language. The messages are ICU MessageFormat (plurals, numbers), compiled at build time
// (scripts/lib/catalog.ts); only the page's language is loaded (load.ts). The language is
// the page's own: a page is in one language, switching loads the other language's page.

const i18n = setupI18n()
let current: Lang = 'en'

/** Uses `messages` (compiled) for `lang` from now on. */
export function setMessages(lang: Lang, messages: Messages): void {
  i18n.loadAndActivate({ locale: lang, messages })
  current = lang
}

/** The language the interface is in. */
export function currentLang(): Lang {
  return current
}

export type MessageValues = Record<string, string | number>

/** The message `id` in the interface's language, with `values` put in. */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values)
}
