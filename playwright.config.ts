import { defineConfig } from 'playwright/test'
import { findBrowser } from './src/browser/find-browser.js'
import { CHROMIUM_ARGS } from './src/browser/launch.js'

// cancelcheck drives Chromium through its own launcher (src/browser/). This config lets Playwright's
// own tools, such as `npx playwright test` on a scenario's flow, use the same browser and flags, since
// Playwright's browser download is not available everywhere cancelcheck runs.
const browser = findBrowser()

export default defineConfig({
  testDir: 'tests/playwright',
  use: {
    headless: true,
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
  },
})
