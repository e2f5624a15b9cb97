interface Window {
  /** Set by src/early.ts: replays the input held while the app woke up. */
  __releaseEarlyInput?: () => void
}

/** One interface language's messages, compiled (scripts/catalogPlugin.ts). */
declare module 'virtual:messages/*' {
  const messages: import('@lingui/core').Messages
  export default messages
}
