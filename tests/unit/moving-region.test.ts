import { describe, expect, it } from 'vitest'
import { nextRegion } from '../../src/timeline/movingRegion.ts'

const W = 800

describe('nextRegion: what the moving canvas must draw next', () => {
  it('draws all three widths the first time', () => {
    expect(nextRegion(null, 1, 0, W, 'a')).toEqual({ k: 1, tx: 0, from: 0, to: 3 * W, content: 'a' })
  })

  it('draws nothing while a pan stays within the stretch drawn', () => {
    const first = nextRegion(null, 2, -100, W, 'a')
    expect(nextRegion(first, 2, -100 + W, W, 'a')).toBe(first)
    expect(nextRegion(first, 2, -100 - W, W, 'a')).toBe(first)
  })

  it('draws the three widths again once a pan leaves the stretch drawn', () => {
    const first = nextRegion(null, 2, -100, W, 'a')
    const next = nextRegion(first, 2, -100 - W - 1, W, 'a')
    expect(next).not.toBe(first)
    expect(next).toEqual({ k: 2, tx: -100 - W - 1, from: 0, to: 3 * W, content: 'a' })
  })

  it('draws only the view on a zoom step, then all three widths when the content changes', () => {
    const first = nextRegion(null, 1, 0, W, 'a')
    const zoomed = nextRegion(first, 1.1, -40, W, 'a')
    expect(zoomed).toEqual({ k: 1.1, tx: -40, from: W, to: 2 * W, content: 'a' })
    // A pan right after a zoom step must draw: only the view was drawn at this zoom.
    expect(nextRegion(zoomed, 1.1, -41, W, 'a')).not.toBe(zoomed)
    expect(nextRegion(zoomed, 1.1, -40, W, 'b')).toEqual({
      k: 1.1,
      tx: -40,
      from: 0,
      to: 3 * W,
      content: 'b',
    })
  })
})
