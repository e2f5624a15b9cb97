// A strict reader of RFC 4180 CSV for the tests: fields quoted or not, quotes doubled inside
// quoted fields, CRLF between records. It throws on anything else, so a malformed file fails
// the test that reads it rather than being read some forgiving way.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const field = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/,|\r\n|$/)
      const value = text.slice(i, i + end)
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field with a quote or line break at ${i}`)
      i += end
      return value
    }
    let value = ''
    i++
    for (;;) {
      const q = text.indexOf('"', i)
      if (q < 0) throw new Error('a quoted field is not closed')
      value += text.slice(i, q)
      if (text[q + 1] === '"') {
        value += '"'
        i = q + 2
      } else {
        i = q + 1
        return value
      }
    }
  }
  while (i < text.length) {
    row.push(field())
    if (text[i] === ',') {
      i++
      continue
    }
    if (text.startsWith('\r\n', i)) i += 2
    else if (i < text.length)
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`)
    rows.push(row)
    row = []
  }
  return rows
}

/** The file's records as objects keyed by its header row (the byte order mark dropped). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
  return rows.map((r) => {
    if (r.length !== header.length)
      throw new Error(`a row of ${r.length} fields under ${header.length} columns`)
    return Object.fromEntries(header.map((h, j) => [h, r[j]]))
  })
}
