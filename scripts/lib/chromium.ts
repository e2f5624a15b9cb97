import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium } from '@playwright/test'

/** Flags for running it here: as root, without a GPU, and without calls home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Where Chromium and Chrome install themselves, per platform. */
export function usualPlaces(platform: string, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? '~', 'Applications')]
    return apps.flatMap((dir) => [
      join(dir, 'Chromium.app/Contents/MacOS/Chromium'),
      join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
    ])
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    )
    return roots.flatMap((root) => [
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ])
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean)
  return [
    ...names.map((n) => `/usr/bin/${n}`),
    '/snap/bin/chromium',
    ...onPath.flatMap((dir) => names.map((n) => join(dir, n))),
  ]
}

export const NO_BROWSER =
  'No Chromium or Chrome found for the browser tests: install the "chromium" package (apt-get install chromium), or Google Chrome, or run "npx playwright install chromium"; or set CHROME_PATH to a Chromium binary.'

export type FindChrome = {
  env: Record<string, string | undefined>
  platform: string
  /** True when a file exists and can be run. */
  runnable: (path: string) => boolean
  /** The browser `npx playwright install chromium` put in place, if Playwright knows one. */
  playwrightBrowser: () => string | undefined
}

/**
 * The browser the tests, benchmark and audit launch: CHROME_PATH when set; else a system
 * Chromium or Chrome at the usual places on Linux, macOS and Windows; else Playwright's own.
 * Throws one line that says how to get one when there is none.
 */
export function findChrome({ env, platform, runnable, playwrightBrowser }: FindChrome): string {
  if (env.CHROME_PATH) {
    if (runnable(env.CHROME_PATH)) return env.CHROME_PATH
    throw new Error(
      `CHROME_PATH is ${env.CHROME_PATH}, which is not a browser that can be run: fix or unset it.`,
    )
  }
  const found = usualPlaces(platform, env).find(runnable)
  if (found) return found
  const own = playwrightBrowser()
  if (own && runnable(own)) return own
  throw new Error(NO_BROWSER)
}

function isRunnable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK)
    return true
  } catch {
    return false
  }
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

/** findChrome on this machine. */
export function chromePath(): string {
  return findChrome({
    env: process.env,
    platform: process.platform,
    runnable: isRunnable,
    playwrightBrowser: playwrightChromium,
  })
}

/** findChrome on this machine, or one line on stderr and exit 1: for commands and the test config. */
export function chromePathOrExit(): string {
  try {
    return chromePath()
  } catch (e) {
    console.error((e as Error).message)
    process.exit(1)
  }
}
