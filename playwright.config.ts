import { defineConfig, devices } from '@playwright/test'
import { CHROME_ARGS, chromePathOrExit } from './scripts/lib/chromium.ts'

// CHROME_PATH, else a system Chromium or Chrome, else Playwright's own (scripts/lib/chromium.ts).
const CHROME_PATH = chromePathOrExit()
const PORT = Number(process.env.E2E_PORT ?? 4173)
const HOSTILE_PORT = PORT + 2
const HOSTILE_DATA = 'node_modules/.tmp/hostile-data'
const HOSTILE_DIST = 'node_modules/.tmp/dist-hostile'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
  },
  projects: [
    { name: 'app', testIgnore: /hostile\.spec\.ts$/ },
    // The same app built on a corpus of hostile text (tests/e2e/hostile/make.ts).
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${HOSTILE_PORT}/` },
    },
  ],
  webServer: [
    {
      // Tests run against the production build (npm test builds it first).
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same app built on a corpus of hostile text (tests/e2e/hostile/make.ts).
      command: [
        `npx tsx tests/e2e/hostile/make.ts ${HOSTILE_DATA}`,
        `npx vite build --outDir ${HOSTILE_DIST} --emptyOutDir --logLevel warn`,
        `npx vite preview --outDir ${HOSTILE_DIST} --host 127.0.0.1 --port ${HOSTILE_PORT} --strictPort`,
      ].join(' && '),
      env: { CORPUS_DIR: HOSTILE_DATA },
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 90_000,
    },
  ],
})
