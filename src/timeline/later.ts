import { lazy } from 'react'

// The axis's parts that load after the first view, each a chunk of its own (Timeline.tsx).

// The silences' controls and the canvas (with everything that draws on it) load in chunks of
// their own, after the first paint: until the canvas draws, the controls show the marks.
export const MovingLayer = lazy(() => import('./MovingLayer.tsx').then((m) => ({ default: m.MovingLayer })))
// "Download image": its button's code comes right after the first view's.
export const DownloadImage = lazy(() =>
  import('./image/DownloadImage.tsx').then((m) => ({ default: m.DownloadImage })),
)
// A mark's tooltip, on the first hover.
export const Tooltip = lazy(() => import('./Tooltip.tsx').then((m) => ({ default: m.Tooltip })))
export const SilencesLayer = lazy(() =>
  import('./SilencesLayer.tsx').then((m) => ({ default: m.SilencesLayer })),
)
