import { Fragment, type ReactNode } from 'react'

/**
 * A translated sentence whose words <0>…</0>, <1>…</1> are marked up by the page (an <ins>, a
 * <del>): each numbered part is handed to `parts[n]`, the text around it stays text. The
 * translator keeps the marked words inside the sentence, where the language wants them.
 */
export function tagged(text: string, parts: readonly ((words: string) => ReactNode)[]): ReactNode[] {
  const out: ReactNode[] = []
  const pattern = /<(\d)>(.*?)<\/\1>/gs
  let at = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push(text.slice(at, m.index))
    const part = parts[Number(m[1])]
    out.push(part ? <Fragment key={m.index}>{part(m[2])}</Fragment> : m[2])
    at = m.index + m[0].length
  }
  if (at < text.length) out.push(text.slice(at))
  return out
}
