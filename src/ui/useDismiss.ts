import { useEffect, type RefObject } from 'react'

/** A menu or popover that is open closes on Escape and on a press outside `box`, as menus do. */
export function useDismiss(open: boolean, box: RefObject<Element | null>, onClose: () => void): void {
  useEffect(() => {
    if (!open) return
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node))
        onClose()
    }
    document.addEventListener('keydown', close)
    document.addEventListener('pointerdown', close)
    return () => {
      document.removeEventListener('keydown', close)
      document.removeEventListener('pointerdown', close)
    }
  }, [open, box, onClose])
}
