import { Fragment, type ReactNode } from 'react'
import { t, type MessageValues } from '../i18n/i18n.ts'
import type { MessageId } from '../i18n/ids.ts'

const MARK = '\u0000'

/**
 * A message with elements in it (a link inside a sentence): the text in the page's language,
 * each of `parts` where its placeholder is, so a translation puts the link wherever its word
 * order wants it. `values` are plain placeholders, as t() takes them.
 */
export function richText(
  id: MessageId,
  parts: Record<string, ReactNode>,
  values: MessageValues = {},
): ReactNode {
  const marks: MessageValues = {}
  for (const name of Object.keys(parts)) marks[name] = `${MARK}${name}${MARK}`
  // Odd pieces are the names of parts, even ones the text around them.
  return t(id, { ...values, ...marks })
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece))
}
