import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { chromePath, findChrome, NO_BROWSER, type FindChrome } from '../../scripts/lib/chromium.ts'

/** A machine where exactly `present` exist. */
const machine = (present: string[], over: Partial<FindChrome> = {}): FindChrome => ({
  env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/ann' },
  platform: 'linux',
  runnable: (p) => present.includes(p),
  playwrightBrowser: () => undefined,
  ...over,
})

describe('findChrome(machine)', () => {
  it('honours CHROME_PATH first, even when a system Chromium exists', () => {
    const m = machine(['/opt/c/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/c/chrome' } })
    expect(findChrome(m)).toBe('/opt/c/chrome')
  })

  it('says so when CHROME_PATH points at nothing, rather than quietly using another browser', () => {
    const m = machine(['/usr/bin/chromium'], { env: { CHROME_PATH: '/nope' } })
    expect(() => findChrome(m)).toThrow('CHROME_PATH is /nope, which is not a browser that can be run')
  })

  it.each([
    ['linux', '/usr/bin/chromium', {}],
    ['linux', '/usr/bin/google-chrome-stable', {}],
    ['linux', '/usr/local/bin/chromium-browser', {}],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {}],
    ['darwin', '/home/ann/Applications/Chromium.app/Contents/MacOS/Chromium', {}],
    [
      'win32',
      'C:\\Program Files/Google/Chrome/Application/chrome.exe',
      { PROGRAMFILES: 'C:\\Program Files' },
    ],
    [
      'win32',
      'C:\\Users\\ann\\AppData\\Local/Chromium/Application/chrome.exe',
      { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' },
    ],
  ])('finds the %s browser at %s', (platform, path, env) => {
    const m = machine([path], {
      platform,
      env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/ann', ...env },
    })
    expect(findChrome(m).replace(/\\/g, '/')).toBe(path.replace(/\\/g, '/'))
  })

  it("falls back to Playwright's own installed browser", () => {
    const own = '/home/ann/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'
    expect(findChrome(machine([own], { playwrightBrowser: () => own }))).toBe(own)
  })

  it('stops with one line that says how to get a browser when there is none', () => {
    const m = machine([], { playwrightBrowser: () => '/not/installed/chrome' })
    expect(() => findChrome(m)).toThrow(NO_BROWSER)
    expect(NO_BROWSER).not.toContain('\n')
    expect(NO_BROWSER).toContain('npx playwright install chromium')
  })
})

describe('chromePath() on this machine', () => {
  it('finds a browser that starts and reports its version', () => {
    const r = spawnSync(chromePath(), ['--version'], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Chrom(e|ium) \d+\./)
  })
})
