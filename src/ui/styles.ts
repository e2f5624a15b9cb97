// Class lists several features share, written once. Literal strings, so Tailwind finds them.

/** A text-like button for a small action next to text: "All", "None", "Clear the search". */
export const linkButton =
  'rounded px-2 py-0.5 text-sm font-medium text-blue-800 underline-offset-2 hover:underline disabled:text-slate-500 disabled:no-underline focus-visible:outline-2 focus-visible:outline-blue-700'
