import { test as base, expect } from '@playwright/test'

/**
 * Every browser test fails on a console error, an uncaught exception, or a request that
 * leaves the page's origin.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
      page.on('request', (r) => {
        const url = r.url()
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`request left the origin: ${url}`)
      })
      await use(problems)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
