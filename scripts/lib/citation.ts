import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

// CITATION.cff, at the repository's root, is where the dataset's version and release date
// live (package.json's "version" mirrors it; a test fails while they differ). Read them
// from here, never from a copy.

export const CITATION_FILE = resolve('CITATION.cff')

export type Citation = {
  title: string
  version: string
  /** YYYY-MM-DD */
  dateReleased: string
  license: string
  /** The whole file as parsed (YAML 1.2, as CFF 1.2.0 asks: a date stays a string). */
  cff: Record<string, unknown>
}

/** The citation metadata, or an error naming the field that is missing or not a string. */
export function readCitation(file = CITATION_FILE): Citation {
  const cff = parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const field = (key: string): string => {
    const v = cff?.[key]
    if (typeof v !== 'string')
      throw new Error(
        `${file}: ${key}: expected a string, found ${v === undefined ? 'nothing' : JSON.stringify(v)}`,
      )
    return v
  }
  return {
    title: field('title'),
    version: field('version'),
    dateReleased: field('date-released'),
    license: field('license'),
    cff,
  }
}
