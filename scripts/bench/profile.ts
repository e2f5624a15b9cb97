// `npm run profile -- DIR [wheel|drag]`: serves a built app (a dist folder, e.g. bench/out/dist-100000
// after `npm run bench`), runs a continuous input stream on the axis under Chrome's CPU profiler,
// and prints frame times, main-thread work per step by kind, and the functions with the most
// self time. Performance work starts here.
import { writeFileSync } from 'node:fs'
import { dirname, basename } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROME_ARGS, chromePathOrExit } from '../lib/chromium.ts'
import { percentile } from './measure.ts'
import { serve } from './serve.ts'
import { stream } from './stream.ts'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount: number
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [dir = 'bench/out/dist-100000', kind = 'wheel'] = process.argv.slice(2)
const server = await serve(dirname(dir))
const browser = await chromium.launch({ executablePath: chromePathOrExit(), args: CHROME_ARGS })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
const cdp = await page.context().newCDPSession(page)
await page.goto(`http://127.0.0.1:${server.port}/${basename(dir)}/`)
await page.waitForFunction(() => performance.getEntriesByName('timeline-painted').length > 0, null, {
  timeout: 120_000,
})
await page.waitForTimeout(1500)
await cdp.send('Performance.enable')
if (kind === 'drag') {
  // Zoom in first, so there is somewhere to pan to.
  const box = (await page.getByTestId('timeline-box').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -120)
  await page.waitForTimeout(500)
}
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
const r = await stream(page, '[data-testid="timeline-box"]', cdp, kind as 'wheel' | 'drag')
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
writeFileSync(`bench/out/profile-${kind}.cpuprofile`, JSON.stringify(profile))

const self = new Map<string, number>()
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
profile.samples.forEach((id, i) => {
  const n = byId.get(id)!
  const f = n.callFrame
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
})
console.log(
  `${kind} stream, ${r.steps} steps: frame p50 ${percentile(r.deltas, 50).toFixed(1)} ms, p95 ${percentile(r.deltas, 95).toFixed(1)} ms`,
)
console.log(
  `work per step: task ${r.perStep.task.toFixed(1)} ms (script ${r.perStep.script.toFixed(1)}, style ${r.perStep.style.toFixed(1)}, layout ${r.perStep.layout.toFixed(1)})`,
)
console.log('self time, top 25 (ms over the whole stream):')
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${v.toFixed(1).padStart(8)}  ${k}`)
await browser.close()
server.close()
