import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage'
import { catalogProblems, compileCatalog, MESSAGES_DIR, readMessages } from '../../scripts/lib/catalog.ts'
import { currentLang, setMessages, t } from '../../src/i18n/i18n.ts'
import { formatLongDate, formatNumber, formatShortDate } from '../../src/i18n/format.ts'
import { tickLabel } from '../../src/timeline/axisTicks.ts'
import { KIND_LABEL } from '../../src/ui/recordLabels.ts'
import type { MessageId } from '../../src/i18n/ids.ts'

// The interface's words: every message in every language, in ICU that compiles, with the same
// placeholders; nothing English left in the Korean or Russian; every id in use.

const messages = readMessages()

/** The literal text of a compiled message (placeholders and plural keywords left out). */
function literal(m: CompiledMessage): string {
  return m
    .map((token) => {
      if (typeof token === 'string') return token
      const choices = token[2]
      if (!choices || typeof choices !== 'object') return ' '
      return Object.entries(choices)
        .filter(([k, v]) => k !== 'offset' && Array.isArray(v))
        .map(([, v]) => literal(v as CompiledMessage))
        .join(' ')
    })
    .join('')
}

/**
 * Latin words a Korean or Russian text may hold: names of formats, tools and keys, which both
 * languages write in Latin letters too. Anything else in Latin letters is English left behind.
 */
const LATIN_ALLOWED = new Set([
  'CSV',
  'JSON',
  'TimelineJS',
  'PNG',
  'SVG',
  'URL',
  'HTML',
  'Atom',
  'CFF',
  'Esc',
  'Enter',
  'Shift',
  'Ctrl',
  'Tab',
  'KCNA',
  'TASS',
  'iframe',
  'JavaScript',
])

describe('the message catalogues', () => {
  it('have every message in English, Korean and Russian, as ICU with the same placeholders', () => {
    expect(messages.length).toBeGreaterThan(0)
    expect(catalogProblems(messages)).toEqual([])
  })

  it('find a missing translation, a broken ICU text and a placeholder another language lacks', () => {
    const broken = [
      { id: 'x.a', file: 'x.json', entry: { en: 'Hello', ko: '안녕' } },
      {
        id: 'x.b',
        file: 'x.json',
        entry: {
          en: '{n, plural, one {# event} other {# events}}',
          ko: '{n, plural, other {#건',
          ru: '{n} событий',
        },
      },
      { id: 'x.c', file: 'x.json', entry: { en: 'From {who}', ko: '{sender}에게서', ru: 'От {who}' } },
    ]
    const problems = catalogProblems(broken)
    expect(problems).toContain('x.json: "x.a" has no ru text')
    expect(problems.some((p) => p.startsWith('x.json: "x.b" in ko is not ICU MessageFormat'))).toBe(true)
    expect(problems).toContain('x.json: "x.c" in ko has the placeholders {sender}, the English {who}')
  })

  it('leave no English in the Korean and Russian texts', () => {
    const left: string[] = []
    for (const { id, entry } of messages)
      for (const [lang, script] of [
        ['ko', /\p{Script=Hangul}/u],
        ['ru', /\p{Script=Cyrillic}/u],
      ] as const) {
        const text = literal(compileMessageOrThrow(entry[lang] ?? ''))
        const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w))
        const en = literal(compileMessageOrThrow(entry.en ?? ''))
        // A text with words must have some in the language's script (symbols, numbers and names of keys aside).
        const needsScript = /[A-Za-z]{2,}/.test(
          en.replace(/\b(?:CSV|JSON|TimelineJS|PNG|SVG|Esc|Enter)\b/g, ''),
        )
        if (latin.length > 0 || (needsScript && !script.test(text)))
          left.push(`${id} (${lang}): ${entry[lang]}`)
      }
    expect(left).toEqual([])
  })

  it('are each listed in src/i18n/ids.ts, so t() knows their ids', () => {
    const ids = readFileSync('src/i18n/ids.ts', 'utf8')
    for (const file of readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.json')))
      expect(ids, `${file} is not imported in src/i18n/ids.ts`).toContain(`'./messages/${file}'`)
  })

  it('hold no message the code never asks for', () => {
    const sources: string[] = []
    const walk = (dir: string) => {
      for (const f of readdirSync(dir, { withFileTypes: true }))
        if (f.isDirectory()) walk(join(dir, f.name))
        else if (/\.tsx?$/.test(f.name)) sources.push(readFileSync(join(dir, f.name), 'utf8'))
      return sources
    }
    const code = [...walk('src'), ...walk('scripts'), readFileSync('index.html', 'utf8')].join('\n')
    const unused = messages.filter((m) => !code.includes(`'${m.id}'`) && !code.includes(`"${m.id}"`))
    expect(unused.map((m) => m.id)).toEqual([])
  })
})

describe('t() and Intl', () => {
  it('speak the page language: messages, plurals, dates, numbers and axis ticks', () => {
    const day = Date.UTC(2024, 9, 7)
    try {
      setMessages('ko', compileCatalog('ko'))
      expect(currentLang()).toBe('ko')
      expect(KIND_LABEL.letter).toBe('서한')
      expect(formatLongDate(day)).toBe('2024년 10월 7일')
      expect(tickLabel(Date.UTC(2024, 0, 1))).toBe('2024년')
      setMessages('ru', compileCatalog('ru'))
      expect(formatLongDate(day)).toBe('7 октября 2024 г.')
      expect(formatShortDate(day)).toBe('7 окт. 2024 г.')
      expect(formatNumber(12345)).toBe('12\u00a0345')
      expect(tickLabel(Date.UTC(2024, 2, 1))).toBe('март')
      expect(KIND_LABEL.letter).toBe('Письмо')
    } finally {
      setMessages('en', compileCatalog('en'))
    }
    expect(formatLongDate(day)).toBe('7 October 2024')
    expect(tickLabel(Date.UTC(2024, 2, 5))).toBe('5 Mar')
    expect(t('site.name' satisfies MessageId)).toBe('Pyongyang–Moscow Timeline')
  })
})
