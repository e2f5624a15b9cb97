/**
 * The dataset's version and release date, as CITATION.cff states them (the file the citation
 * comes from; tests/unit/citation.test.ts fails while these differ from it). Shown in every
 * page's footer and in each "Copy citation".
 */
export const RELEASE = { version: '0.1.0', date: '2026-11-30' } as const
