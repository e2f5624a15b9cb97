import type { z } from 'zod'

// Rules that tie one field of an object to another ("a reported date needs a note"). Each is
// written once, as data: `checkRules` enforces it in zod and `rulesAsJsonSchema` states it as
// JSON Schema if/then, so an editor using the exported schema refuses what `validate` refuses.
// A test runs both (zod and ajv) over the same bad events.

/** When a rule applies: a field holds one of some values, matches a pattern, or is present. */
export type Condition =
  | { field: string; oneOf: readonly string[] }
  | { field: string; matches: string }
  | { field: string; present: true }

/**
 * What must then hold: a field present, a field equal to a value, enough array items with a
 * key, or every string of an array matching a pattern.
 */
export type Requirement =
  | { require: string }
  | { field: string; equals: boolean | string }
  | { field: string; atLeast: number; itemsWith: string }
  | { field: string; eachMatches: string }

export type Rule = { when: Condition; then: Requirement; message: string }

type Loose = Record<string, unknown>

function holds(c: Condition, v: Loose): boolean {
  const value = v[c.field]
  if ('present' in c) return value !== undefined
  if ('oneOf' in c) return typeof value === 'string' && c.oneOf.includes(value)
  return typeof value === 'string' && new RegExp(c.matches, 'u').test(value)
}

function met(r: Requirement, v: Loose): boolean {
  if ('require' in r) return v[r.require] !== undefined
  if ('equals' in r) return v[r.field] === r.equals
  const items = v[r.field]
  if ('eachMatches' in r) {
    // A missing or malformed array is the field's own schema's problem, reported there.
    if (!Array.isArray(items)) return true
    const pattern = new RegExp(r.eachMatches, 'u')
    return items.every((i) => typeof i !== 'string' || pattern.test(i))
  }
  if (!Array.isArray(items)) return false
  const withKey = items.filter(
    (i) => i !== null && typeof i === 'object' && (i as Loose)[r.itemsWith] !== undefined,
  )
  return withKey.length >= r.atLeast
}

/** The field a failed requirement is reported on. */
const pathOf = (r: Requirement) => ('require' in r ? r.require : r.field)

/** A zod check that reports every broken rule, each on the field it concerns. */
export function checkRules(rules: readonly Rule[]) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    if (value === null || typeof value !== 'object') return
    for (const rule of rules) {
      const v = value as Loose
      if (holds(rule.when, v) && !met(rule.then, v))
        ctx.addIssue({ code: 'custom', path: [pathOf(rule.then)], message: rule.message, input: value })
    }
  }
}

function conditionSchema(c: Condition): object {
  const property =
    'present' in c ? {} : 'oneOf' in c ? { enum: [...c.oneOf] } : { type: 'string', pattern: c.matches }
  return { properties: { [c.field]: property }, required: [c.field] }
}

function requirementSchema(r: Requirement): object {
  if ('require' in r) return { required: [r.require] }
  if ('equals' in r) return { properties: { [r.field]: { const: r.equals } }, required: [r.field] }
  if ('eachMatches' in r)
    return { properties: { [r.field]: { type: 'array', items: { type: 'string', pattern: r.eachMatches } } } }
  return {
    properties: {
      [r.field]: {
        type: 'array',
        contains: { type: 'object', required: [r.itemsWith] },
        minContains: r.atLeast,
      },
    },
    required: [r.field],
  }
}

/** The same rules as JSON Schema (draft 2020-12), one if/then each, for `.meta({ allOf })`. */
export function rulesAsJsonSchema(rules: readonly Rule[]): object[] {
  return rules.map((r) => ({
    $comment: r.message,
    if: conditionSchema(r.when),
    then: requirementSchema(r.then),
  }))
}
