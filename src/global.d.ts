interface Window {
  /** Set by src/early.ts: replays the input held while the app woke up. */
  __releaseEarlyInput?: () => void
}

/** Where each interface language's messages are, below the site's root (scripts/catalogPlugin.ts). */
declare module 'virtual:messages' {
  const paths: Record<import('./i18n/langs.ts').Lang, string>
  export default paths
}
