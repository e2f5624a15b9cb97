import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

// README, "Where things live": a source file (the app's, the build's and the commands') stays
// under 200 lines, or says at its top why it is longer ("// Long by design: ..."), so that a
// file with many jobs is split, not grown. Test files are lists of cases and are not held to it.

const LIMIT = 200
const REASON = /^\/\/ Long by design: \S/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.(ts|tsx|mts)$/.test(d.name) ? [join(dir, d.name)] : [],
  )
}

/** The files over the limit that do not say why, with their lengths. */
function longWithoutReason(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) => {
    const text = read(file)
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    return lines > LIMIT && !REASON.test(text) ? [`${file}: ${lines} lines`] : []
  })
}

it(`no source file is over ${LIMIT} lines without a reason at its top`, () => {
  const files = ['src', 'scripts'].flatMap(sources)
  expect(files.length).toBeGreaterThan(100)
  expect(longWithoutReason(files, (f) => readFileSync(f, 'utf8'))).toEqual([])
})

it('the check finds a long file without its reason, and passes one that gives it', () => {
  const long = Array.from({ length: LIMIT + 1 }, (_, i) => `const a${i} = ${i}`).join('\n') + '\n'
  const texts: Record<string, string> = {
    'long.ts': long,
    'reasoned.ts': `// Long by design: one table.\n${long}`,
    'short.ts': 'export const x = 1\n',
  }
  expect(longWithoutReason(Object.keys(texts), (f) => texts[f])).toEqual(['long.ts: 201 lines'])
})
