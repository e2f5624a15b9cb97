interface Window {
  /** Set by src/early.ts: replays the input held while the app woke up. */
  __releaseEarlyInput?: () => void
}
