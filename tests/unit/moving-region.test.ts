import { describe, expect, it } from 'vitest'
import { isViewOnly, nextRegion, widened } from '../../src/timeline/movingRegion.ts'

const W = 800

describe('nextRegion: what the moving canvas must draw next', () => {
  it('draws only the view the first time (the least work while the page wakes up)', () => {
    const first = nextRegion(null, 1, 0, W, 'a')
    expect(first).toEqual({ k: 1, tx: 0, from: W, to: 2 * W, content: 'a' })
    expect(isViewOnly(first, W)).toBe(true)
  })

  it('widens to three views when asked (in an idle moment), and then draws nothing while a pan stays within', () => {
    const wide = widened(nextRegion(null, 2, -100, W, 'a'), W)
    expect(wide).toEqual({ k: 2, tx: -100, from: 0, to: 3 * W, content: 'a' })
    expect(nextRegion(wide, 2, -100 + W, W, 'a')).toBe(wide)
    expect(nextRegion(wide, 2, -100 - W, W, 'a')).toBe(wide)
  })

  it('draws the three widths once a pan leaves the stretch drawn', () => {
    const first = nextRegion(null, 2, -100, W, 'a')
    const next = nextRegion(first, 2, -101, W, 'a')
    expect(next).toEqual({ k: 2, tx: -101, from: 0, to: 3 * W, content: 'a' })
    const far = nextRegion(widened(first, W), 2, -100 - W - 1, W, 'a')
    expect(far).toEqual({ k: 2, tx: -100 - W - 1, from: 0, to: 3 * W, content: 'a' })
  })

  it('draws only the view on a zoom step and on new content', () => {
    const wide = widened(nextRegion(null, 1, 0, W, 'a'), W)
    expect(nextRegion(wide, 1.1, -40, W, 'a')).toEqual({ k: 1.1, tx: -40, from: W, to: 2 * W, content: 'a' })
    expect(nextRegion(wide, 1, 0, W, 'b')).toEqual({ k: 1, tx: 0, from: W, to: 2 * W, content: 'b' })
  })
})
