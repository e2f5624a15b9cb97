import type { Messages } from '@lingui/core'
import type { Lang } from './langs.ts'

// Each language's messages are a chunk of their own (scripts/catalogPlugin.ts): a page loads
// only its language's (its HTML preloads it).

export function loadMessages(lang: Lang): Promise<Messages> {
  const load =
    lang === 'ko'
      ? import('virtual:messages/ko')
      : lang === 'ru'
        ? import('virtual:messages/ru')
        : import('virtual:messages/en')
  return load.then((m) => m.default)
}
