import { holdEarlyInput } from './earlyInput.ts'

// The page's first script, a few hundred bytes, run as soon as the prerendered page is parsed:
// from then on, clicks and keys are held until the app (main.tsx, much larger) has woken up
// and replays them. Handed over on the window, as the two are separate scripts.

const root = document.getElementById('root')
if (root) window.__releaseEarlyInput = holdEarlyInput(root)
