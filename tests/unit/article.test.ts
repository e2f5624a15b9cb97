import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  isHeadline,
  normalizeText,
  parseArticle,
  splitParagraphs,
  stripFurniture,
} from '../../src/data/article.ts'

describe('normalizeText(raw)', () => {
  it('drops a BOM and zero-width characters, unifies line ends and odd spaces', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u00A0d\u200Be\u2009f')).toBe('a\nb\nc de f')
  })

  it('keeps curly quotes as they are in the source', () => {
    expect(normalizeText('“To my dear friend.” Kim’s')).toBe('“To my dear friend.” Kim’s')
  })
})

describe('stripFurniture(lines)', () => {
  it('removes summary prompts, navigation labels and the link title after each label', () => {
    const lines = [
      'Text one.',
      'No time to read?',
      'Get a summary',
      'Previous Article',
      '',
      'Some other story',
      '',
      'Next Article',
      '',
      'Another story',
      'Text two.',
    ]
    expect(stripFurniture(lines).filter((l) => l !== '')).toEqual(['Text one.', 'Text two.'])
  })

  it('removes furniture whatever its case and surrounding spaces', () => {
    expect(
      stripFurniture(['  NO TIME TO READ?  ', 'Get a Summary', 'next article', 'Title of the next', 'Body.']),
    ).toEqual(['Body.'])
  })

  it('leaves article sentences that merely mention the words', () => {
    expect(stripFurniture(['He had no time to read the next article.'])).toEqual([
      'He had no time to read the next article.',
    ])
  })
})

describe('splitParagraphs / isHeadline', () => {
  it('makes one paragraph per non-blank line, whether blank lines separate them or not', () => {
    expect(splitParagraphs('A.\n\nB.\nC.\n')).toEqual(['A.', 'B.', 'C.'])
  })

  it('reads a short line without a full stop as a headline, a sentence as text', () => {
    expect(isHeadline('Kim Jong-un Congratulates Putin on Birthday')).toBe(true)
    expect(
      isHeadline(
        'In a telegram addressed to Russian President Vladimir Putin on Victory Day, North Korean leader Kim Jong-un affirmed it.',
      ),
    ).toBe(false)
  })
})

describe('parseArticle(article as received)', () => {
  const seed = (name: string) => readFileSync(`tests/fixtures/articles/${name}`, 'utf8')

  it('splits article 000 into its headline and five paragraphs, furniture gone', () => {
    const a = parseArticle(seed('000_5d4a8b2e97a49c1c.txt'))
    expect(a.headline).toBe('Kim Jong-un Congratulates Putin on Birthday')
    expect(a.paragraphs).toHaveLength(5)
    expect(a.paragraphs[0]).toMatch(/^On October 7, the North Korean leader/)
    expect(a.paragraphs.at(-1)).toMatch(/shapes perceptions across the region and beyond\.$/)
    // Neither the prompts nor the navigation links (and the headlines after them) remain.
    expect(a.paragraphs.join('\n')).not.toMatch(
      /No time to read|Get a summary|Previous Article|Next Article|US intelligence|NAUFOR/,
    )
  })

  it('reads article 001, which has no headline, as eight paragraphs', () => {
    const a = parseArticle(seed('001_3449aeeb75f8b718.txt'))
    expect(a.headline).toBeUndefined()
    expect(a.paragraphs).toHaveLength(8)
    expect(a.paragraphs.at(-1)).toMatch(/Attribution: Korea Central News Agency/)
  })
})
