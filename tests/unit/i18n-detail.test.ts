import { RELEASE } from '../../src/data/release.ts'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import type { Event } from '../../src/data/schema.ts'
import { citation } from '../../src/detail/citation.ts'
import { DetailBody } from '../../src/detail/DetailBody.tsx'
import { setMessages, t } from '../../src/i18n/i18n.ts'
import type { Lang } from '../../src/i18n/langs.ts'
import { EventArticle } from '../../src/ssr/EventArticle.tsx'
import { LinksContext, type Links } from '../../src/ui/links.ts'
import { compileCatalog } from '../../scripts/lib/catalog.ts'
import { wireIndex } from '../../scripts/corpusFiles.ts'
import { readCorpus, type Corpus } from '../../scripts/lib/corpus.ts'

// The event's panel and its own page in Korean and Russian: our words in the page's language
// where they are written, and English marked lang="en" where they are not. Every event in
// data/ is translated, so the untranslated one is made here, from a real record.

const ID = '2024-10-07-putin-birthday'
const real = readCorpus('data')
const translated = real.events.find((e) => e.id === ID)!
const { translations: _none, ...bare } = translated
const untranslated: Corpus = { ...real, events: real.events.map((e) => (e.id === ID ? bare : e)) }

const speak = (lang: Lang) => setMessages(lang, compileCatalog(lang))
afterEach(() => speak('en'))

/** The event's own page as the build renders it for `lang`, from `corpus`. */
function article(corpus: Corpus, lang: Lang): string {
  speak(lang)
  const index = decodeIndex(wireIndex(corpus, lang))
  const event = corpus.events.find((e) => e.id === ID)!
  const links: Links = { base: '../../', pages: true }
  return renderToStaticMarkup(
    createElement(
      LinksContext.Provider,
      { value: links },
      createElement(EventArticle, { event, entry: index.byId.get(ID)!, corpus: index, links }),
    ),
  )
}

const escape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

describe("an event's page and panel in Korean and Russian", () => {
  it.each(['ko', 'ru'] as const)(
    'show the translated title, summary and date note in %s, unmarked',
    (lang) => {
      const html = article(real, lang)
      const words = translated.translations![lang]!
      expect(html).toMatch(new RegExp(`<h2 id="event-title" class="[^"]*">${escape(words.title)}</h2>`))
      expect(html).toContain(
        `<p class="text-base leading-relaxed text-slate-800">${escape(words.summary)}</p>`,
      )
      expect(html).toContain(`<span class="mt-1 block text-slate-600">${escape(words.dateNote!)}</span>`)
      expect(html).not.toContain(escape(translated.summary))
      expect(html).toContain(escape(t('detail.texts.heading')))
      expect(html).toContain(escape(t('detail.page.back')))
    },
  )

  it.each(['ko', 'ru'] as const)('show an event with no %s words in English, marked lang="en"', (lang) => {
    const html = article(untranslated, lang)
    expect(html).toMatch(
      new RegExp(`<h2 id="event-title" lang="en" class="[^"]*">${escape(translated.title)}</h2>`),
    )
    expect(html).toContain(
      `<p class="text-base leading-relaxed text-slate-800" lang="en">${escape(translated.summary)}</p>`,
    )
    expect(html).toContain(
      `<span class="mt-1 block text-slate-600" lang="en">${escape(translated.dateNote!)}</span>`,
    )
    // The words around them are still the page's.
    expect(html).toContain(escape(t('detail.facts.date')))
    expect(html).not.toContain('>Date<')
  })

  it('the panel body marks an untranslated summary too, and not on the English page', () => {
    const body = (e: Event) => renderToStaticMarkup(createElement(DetailBody, { event: e }))
    speak('ru')
    expect(body(bare)).toContain(`lang="en">${escape(translated.summary)}</p>`)
    expect(body(translated)).toContain(`>${escape(translated.translations!.ru!.summary)}</p>`)
    expect(body(translated)).toContain('Источники (')
    speak('en')
    expect(body(bare)).toContain(
      `<p class="text-base leading-relaxed text-slate-800">${escape(translated.summary)}</p>`,
    )
  })
})

describe('citation() in the page language', () => {
  const url = `https://example.org/ko/event/${ID}/`
  const accessed = new Date(Date.UTC(2026, 10, 27))

  it('writes Korean: site name, dates and words in Korean, our Korean title', () => {
    speak('ko')
    expect(citation(translated, url, accessed)).toMatch(
      new RegExp(
        `^평양–모스크바 타임라인\\(버전 ${RELEASE.version}, \\d{4}년 \\d+월 \\d+일 공개\\), 2024년 10월 7일: “${translated.translations!.ko!.title}”\\. ${url} \\(2026년 11월 27일 접속\\)\\. 출처: `,
      ),
    )
  })

  it('writes Russian, and falls back to the English title where none is written', () => {
    speak('ru')
    expect(citation(translated, url, accessed)).toContain(
      `7 октября 2024 г.: «${translated.translations!.ru!.title}». ${url} (дата обращения: 27 ноября 2026 г.). Источники: `,
    )
    expect(citation(bare, url, accessed)).toContain(`«${translated.title}»`)
  })
})
