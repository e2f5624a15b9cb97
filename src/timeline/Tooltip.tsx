/** Where, and what: date (or count), occasion (or dates), title; `lang` the title's when not the page's. */
export type Tip = { x: number; y: number; lines: string[]; lang?: string }

/** Half the tooltip's widest extent, so it never leaves the axis sideways. */
const HALF_WIDTH = 130
/** Below the mark, unless that would leave the axis; then above it. */
const BELOW = 18
const ABOVE = 78
const ROOM_BELOW = 60

/** The date, occasion and title of the mark under the pointer or focus. */
export function Tooltip({ tip, width, height }: { tip: Tip; width: number; height: number }) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg"
      style={{
        left: Math.min(Math.max(tip.x, HALF_WIDTH), width - HALF_WIDTH),
        top: tip.y + BELOW > height - ROOM_BELOW ? tip.y - ABOVE : tip.y + BELOW,
      }}
    >
      <div className="font-semibold">{tip.lines[0]}</div>
      <div className="text-slate-300">{tip.lines[1]}</div>
      <div lang={tip.lang}>{tip.lines[2]}</div>
    </div>
  )
}
