import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readCitation } from '../../scripts/lib/citation.ts'

// CITATION.cff must be valid Citation File Format 1.2.0. The JSON Schema is the official
// one for 1.2.0 (its $id is https://citation-file-format.github.io/1.2.0/schema.json) as the
// npm package cffjs carries it; compared once by hand with the CFF project's schema.json of
// release 1.2.0, it differs only in an empty `required: []` on person, which changes nothing.
// cffjs's own validateCFF is not used: it rewrites any other cff-version to 1.2.0 before
// validating, so it would pass a file of another version. The package exports only its
// index, which does not re-export the schema: it is read from the package's own file.

const schemaModule = new URL('./schema.js', pathToFileURL(createRequire(import.meta.url).resolve('cffjs')))
const { schema: cffSchema } = (await import(schemaModule.href)) as { schema: { $id: string } }

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats.default(ajv)
const validCff = ajv.compile(cffSchema)

const text = readFileSync('CITATION.cff', 'utf8')
const cff = parse(text) as Record<string, unknown>
const errors = (doc: unknown) =>
  validCff(doc) ? [] : (validCff.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)

describe('CITATION.cff', () => {
  it('is valid CFF 1.2.0', () => {
    expect(cffSchema.$id).toBe('https://citation-file-format.github.io/1.2.0/schema.json')
    expect(errors(cff)).toEqual([])
    expect(cff['cff-version']).toBe('1.2.0')
  })

  it('the schema refuses what CFF 1.2.0 refuses (so the check above is not empty)', () => {
    const without = (key: string) => Object.fromEntries(Object.entries(cff).filter(([k]) => k !== key))
    for (const key of ['cff-version', 'message', 'title', 'authors'])
      expect(errors(without(key))).not.toEqual([])
    expect(errors({ ...cff, 'cff-version': '1.1.0' })).not.toEqual([])
    expect(errors({ ...cff, 'date-released': '30 November 2026' })).not.toEqual([])
    expect(errors({ ...cff, license: 'CC BY 4.0' })).not.toEqual([])
    expect(errors({ ...cff, authors: [] })).not.toEqual([])
    expect(errors({ ...cff, unknown: 'key' })).not.toEqual([])
  })

  it('holds the one version: package.json says the same', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const { version } = readCitation()
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(
      pkg.version,
      `package.json's version ${pkg.version} is not CITATION.cff's ${version}: CITATION.cff is the source; change both together`,
    ).toBe(version)
  })

  it('says when it was released, a real day not in the future, quoted so YAML keeps it a string', () => {
    const { dateReleased } = readCitation()
    expect(dateReleased).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(new Date(`${dateReleased}T00:00:00Z`).toISOString().slice(0, 10)).toBe(dateReleased)
    expect(Date.parse(`${dateReleased}T00:00:00Z`)).toBeLessThanOrEqual(Date.now())
    expect(text).toMatch(/^date-released: (['"])\d{4}-\d{2}-\d{2}\1$/m)
  })

  it('licenses our own text CC BY 4.0 and says quoted texts stay their publishers', () => {
    expect(readCitation().license).toBe('CC-BY-4.0')
    expect(cff.type).toBe('dataset')
    expect(cff.message).toMatch(/please cite/i)
    expect(cff.message).toMatch(/CC BY 4\.0/)
    expect(cff.message).toMatch(/belong to their publishers/)
  })
})

describe('the release the pages show', () => {
  it('is the version and date CITATION.cff states (change them together on a release)', async () => {
    const { RELEASE } = await import('../../src/data/release.ts')
    expect(RELEASE).toEqual({ version: cff.version, date: cff['date-released'] })
  })
})
