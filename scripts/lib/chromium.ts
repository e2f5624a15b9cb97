/** The system Chromium (Debian's package, or CHROME_PATH); nothing here downloads a browser. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'

/** Flags for running it here: as root, without a GPU, and without calls home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
