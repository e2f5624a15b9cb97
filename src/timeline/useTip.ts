import { useCallback, useState } from 'react'
import { useLatest } from '../ui/useLatest.ts'
import type { Tip } from './Tooltip.tsx'

/**
 * The tooltip's state: shown at a mark's zoomed x `u` (moved by the settled pan `tx`) and y,
 * with its lines; hidden. The callbacks are stable, so memoised layers that take them stay put.
 */
export function useTip(tx: number) {
  const [tip, setTip] = useState<Tip | null>(null)
  const txRef = useLatest(tx)
  const showTip = useCallback(
    (u: number, y: number, lines: string[], lang?: string) =>
      setTip({ x: u + txRef.current, y, lines, lang }),
    [txRef],
  )
  const hideTip = useCallback(() => setTip(null), [])
  return { tip, showTip, hideTip }
}
