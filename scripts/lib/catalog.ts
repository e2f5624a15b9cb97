import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage'
import { setMessages } from '../../src/i18n/i18n.ts'
import { LANGS, type Lang } from '../../src/i18n/langs.ts'

// The interface's message catalogues (src/i18n/messages/<area>.json): each message once, by
// id, in every language side by side, { "id": { "en": "…", "ko": "…", "ru": "…" } }, in ICU
// MessageFormat. Read here for the build (scripts/catalogPlugin.ts compiles one language per
// chunk), the build's renderer and the tests.

export const MESSAGES_DIR = 'src/i18n/messages'

export type Entry = Partial<Record<Lang, string>>
export type Message = { id: string; file: string; entry: Entry }

/** Every message, in file order; throws on a file that is not a catalogue and on an id used twice. */
export function readMessages(dir = MESSAGES_DIR): Message[] {
  const out: Message[] = []
  const seen = new Map<string, string>()
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const path = join(dir, file)
    let data: unknown
    try {
      data = JSON.parse(readFileSync(path, 'utf8'))
    } catch (e) {
      throw new Error(`${path} is not valid JSON: ${(e as Error).message}`, { cause: e })
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new Error(`${path} must hold one object: { "message.id": { "en": "…", "ko": "…", "ru": "…" } }`)
    for (const [id, entry] of Object.entries(data)) {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry))
        throw new Error(
          `${path}: "${id}" must be an object of texts by language, { "en": "…", "ko": "…", "ru": "…" }`,
        )
      const before = seen.get(id)
      if (before) throw new Error(`${path}: the id "${id}" is in ${before} already; ids are one per message`)
      seen.set(id, path)
      out.push({ id, file: path, entry: entry as Entry })
    }
  }
  return out
}

/** What is wrong with the catalogues: a missing language, a text that is not ICU, a placeholder another language lacks. */
export function catalogProblems(messages: readonly Message[] = readMessages()): string[] {
  const problems: string[] = []
  for (const { id, file, entry } of messages) {
    for (const key of Object.keys(entry))
      if (!(LANGS as readonly string[]).includes(key))
        problems.push(`${file}: "${id}" has a text in "${key}", which is not one of ${LANGS.join(', ')}`)
    const names = new Map<Lang, string>()
    for (const lang of LANGS) {
      const text = entry[lang]
      if (typeof text !== 'string' || !/\S/.test(text)) {
        problems.push(`${file}: "${id}" has no ${lang} text`)
        continue
      }
      try {
        names.set(lang, placeholders(compileMessageOrThrow(text)).join(','))
      } catch (e) {
        problems.push(`${file}: "${id}" in ${lang} is not ICU MessageFormat: ${(e as Error).message}`)
      }
    }
    const en = names.get('en')
    for (const [lang, got] of names)
      if (en !== undefined && got !== en)
        problems.push(`${file}: "${id}" in ${lang} has the placeholders {${got}}, the English {${en}}`)
  }
  return problems
}

/** The names a compiled message puts values in, sorted, each once. */
function placeholders(message: CompiledMessage): string[] {
  const names = new Set<string>()
  const walk = (m: CompiledMessage) => {
    for (const token of m) {
      if (typeof token === 'string') continue
      names.add(token[0])
      const choices = token[2]
      if (choices && typeof choices === 'object')
        for (const [k, v] of Object.entries(choices))
          if (k !== 'offset' && Array.isArray(v)) walk(v as CompiledMessage)
    }
  }
  walk(message)
  return [...names].sort()
}

/** One language's messages, compiled; a message not written in it falls back to English. */
export function compileCatalog(
  lang: Lang,
  messages: readonly Message[] = readMessages(),
): Record<string, CompiledMessage> {
  const out: Record<string, CompiledMessage> = {}
  for (const { id, entry } of messages) {
    const text = entry[lang] ?? entry.en
    if (text !== undefined) out[id] = compileMessageOrThrow(text)
  }
  return out
}

/**
 * The build's own files in English (the dataset's CSV, the feed): the labels they share with
 * the interface (src/ui/labels.ts) are read through the catalogues, in this process too.
 */
export function speakEnglish(): void {
  setMessages('en', compileCatalog('en'))
}
