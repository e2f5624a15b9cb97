import MiniSearch from 'minisearch'
import { diffWords } from 'diff'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src/data/schema.ts'
import { INDEX_OPTIONS, QUERY_OPTIONS, searchDoc } from '../../src/search/searchOptions.ts'
import { eventText } from '../../src/trend/phraseMatches.ts'
import { highlightParts } from '../../src/ui/highlight.ts'
import { termPattern } from '../../src/ui/termPattern.ts'
import { foldCase, indexWords, isHangul, words } from '../../src/ui/words.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

const marked = (text: string, terms: string[]) =>
  highlightParts(text, termPattern(terms))
    .filter((p) => p.mark)
    .map((p) => p.text)

describe('words(text) and indexWords(text)', () => {
  it('cut Latin, Cyrillic and Hangul at spaces and punctuation, folding case and ё', () => {
    expect(words('Уважаемый товарищ Ким Чен Ын! Ёлка, «Россия».')).toEqual([
      'уважаемый',
      'товарищ',
      'ким',
      'чен',
      'ын',
      'елка',
      'россия',
    ])
    expect(words('조로친선관계를 더욱 발전시키자 (KCNA)')).toEqual([
      '조로친선관계를',
      '더욱',
      '발전시키자',
      'kcna',
    ])
  })

  it('store a Hangul word by each tail of two syllables or more, and other words whole', () => {
    expect(indexWords('조로친선을 friendship')).toEqual([
      '조로친선을',
      '로친선을',
      '친선을',
      '선을',
      'friendship',
    ])
    expect(indexWords('친선')).toEqual(['친선'])
    expect(isHangul('로씨야')).toBe(true)
    expect(isHangul('Россия')).toBe(false)
  })

  it('fold composed and decomposed Hangul alike', () => {
    expect(foldCase('친선'.normalize('NFD'))).toBe('친선')
  })
})

describe('termPattern(terms) marks matches in every script', () => {
  it('marks a Hangul term inside a compound, just those syllables on', () => {
    expect(marked('전략적이며 전통적인 조로친선관계를 발전', ['친선관계를'])).toEqual(['친선관계를'])
  })

  it('marks Cyrillic words from their start, any case, ё as е', () => {
    expect(marked('Дорогой товарищ! ТОВАРИЩЕСКИЕ отношения, всё и все', ['товарищ', 'все'])).toEqual([
      'товарищ',
      'ТОВАРИЩЕСКИЕ',
      'всё',
      'все',
    ])
    expect(marked('сотоварищ', ['товарищ'])).toEqual([])
  })
})

describe('search over the messages own words', () => {
  const corpus = readCorpus('tests/fixtures/valid')
  const base = corpus.events.find((e) => e.id === '2024-10-07-putin-birthday')!
  const withTexts: Event = {
    ...base,
    texts: [
      {
        lang: 'ko',
        status: 'original',
        extent: 'excerpt',
        publishedBy: 'KCNA',
        paragraphs: ['로씨야인민의 정의의 위업에 대한 우리의 전적인 지지와 련대성을 다시금 확언합니다'],
        source: { publisher: 'News1', url: 'https://www.news1.kr/nk/5562220' },
      },
      {
        lang: 'ru',
        status: 'news-translation',
        extent: 'excerpt',
        publishedBy: 'RIA Novosti',
        paragraphs: ['Дорогой товарищ Путин, Ёлки'],
        source: { publisher: 'RIA Novosti', url: 'https://ria.ru/20241008/kim-1976866007.html' },
      },
    ],
  }
  const events = corpus.events.map((e) => (e.id === base.id ? withTexts : e))
  const ms = new MiniSearch(INDEX_OPTIONS)
  ms.addAll(events.map((e, i) => searchDoc(e, i)))
  const found = (q: string) => ms.search(q, QUERY_OPTIONS).map((r) => events[r.id as number].id)

  it('finds a Korean word inside a compound and before a particle', () => {
    expect(found('인민')).toEqual([base.id])
    expect(found('지지')).toEqual([base.id])
    expect(found('로씨야')).toEqual([base.id])
    expect(found('련대')).toEqual([base.id])
  })

  it('finds a Russian word in any case, with ё written as е', () => {
    expect(found('ТОВАРИЩ')).toEqual([base.id])
    expect(found('елки')).toEqual([base.id])
  })

  it('forgives no typo in Hangul (a syllable is a word of its own)', () => {
    expect(found('인만')).toEqual([])
  })

  it('counts a phrase in the messages own words for the trend', () => {
    expect(eventText(withTexts)).toContain('전적인 지지와')
    expect(eventText(withTexts)).toContain('дорогой товарищ')
  })
})

describe('word diff with Intl.Segmenter (as Compare years runs it)', () => {
  it('compares Korean and Russian word by word, not letter by letter', () => {
    const ko = diffWords('조로친선을 강화하자', '조로동맹을 강화하자', {
      intlSegmenter: new Intl.Segmenter('ko', { granularity: 'word' }),
    })
    expect(ko.filter((p) => p.added).map((p) => p.value)).toEqual(['조로동맹을'])
    expect(ko.filter((p) => p.removed).map((p) => p.value)).toEqual(['조로친선을'])
    const ru = diffWords('дорогой товарищ', 'дорогой друг', {
      intlSegmenter: new Intl.Segmenter('ru', { granularity: 'word' }),
    })
    expect(ru.filter((p) => p.added).map((p) => p.value)).toEqual(['друг'])
  })
})
