import type { z } from 'zod'

/** One thing wrong with one data file, printed as `file: path: message`. */
export type Problem = { file: string; path: string; message: string }

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(file)'}: ${p.message}`
}

/** `sources[0].url` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('')
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[k]
  }
  return v
}

/** A short, printable rendering of what the file actually holds. */
export function describeFound(v: unknown): string {
  if (v === undefined) return 'nothing'
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

/** Turns zod issues into one readable problem each: where, what was expected, what was found. */
export function zodProblems(file: string, error: z.ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path)
    const found = describeFound(valueAt(input, issue.path))
    let expected: string
    switch (issue.code) {
      case 'invalid_type':
        expected = issue.expected
        break
      case 'unrecognized_keys':
        return {
          file,
          path,
          message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove it or fix its spelling`,
        }
      case 'invalid_value':
        expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`
        break
      default:
        expected = issue.message.replace(/^Invalid input: /, '')
    }
    return { file, path, message: `expected ${expected}, found ${found}` }
  })
}
