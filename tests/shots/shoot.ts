// Screenshots for looking at the page as a person would: `npx tsx tests/shots/shoot.ts URL OUT`.
import { chromium } from '@playwright/test'
import { CHROME_ARGS, chromePathOrExit } from '../../scripts/lib/chromium.ts'

const CHROME_PATH = chromePathOrExit()
const [url, out, w = '1440', h = '900', click] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
page.on('console', (m) => console.log('console', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(url)
await page.waitForTimeout(800)
if (click) {
  await page.locator(click).first().click()
  await page.waitForTimeout(500)
}
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' })
await browser.close()
