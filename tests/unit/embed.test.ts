import { describe, expect, it } from 'vitest'
import { embedQuery, embedSnippet } from '../../src/app/embedSnippet.ts'

describe('the embed snippet', () => {
  it('keeps the view (filters, search, dates, view) and leaves out the open event and the language', () => {
    expect(embedQuery('?occasion=victory-day&from=2020&to=2025&event=2024-05-09-victory-day&lang=ko')).toBe(
      '?occasion=victory-day&from=2020&to=2025',
    )
    expect(embedQuery('?event=x')).toBe('')
    expect(embedQuery('')).toBe('')
  })

  it('is an iframe as wide as the column and as tall as the view, named, with its text escaped', () => {
    const html = embedSnippet({
      src: 'https://example.org/tl/embed/?q=a"b&view=table',
      title: 'Timeline: "Victory Day" <2020>',
      height: 612.4,
    })
    expect(html).toBe(
      '<iframe src="https://example.org/tl/embed/?q=a&quot;b&amp;view=table" title="Timeline: &quot;Victory Day&quot; &lt;2020&gt;" width="100%" height="612" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    )
    // What a browser makes of it: one iframe, its address and name as given.
    const src = /src="([^"]*)"/
      .exec(html)![1]
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(src).toBe('https://example.org/tl/embed/?q=a"b&view=table')
  })
})
