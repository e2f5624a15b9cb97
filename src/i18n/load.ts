import type { Messages } from '@lingui/core'
import paths from 'virtual:messages'
import { siteRoot } from '../data/appRoot.ts'
import type { Lang } from './langs.ts'

// Each language's messages are a file of data of their own (scripts/catalogPlugin.ts): a page
// loads only its language's (its HTML preloads it), as it loads the corpus's index.

export async function loadMessages(lang: Lang): Promise<Messages> {
  const res = await fetch(new URL(paths[lang], siteRoot()))
  if (!res.ok)
    throw new Error(`The interface's words (${lang}) did not load: the server answered ${res.status}.`)
  return (await res.json()) as Messages
}
