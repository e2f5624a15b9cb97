import type { OccasionFilter } from '../filters/filterState.ts'

/** What a link carries: the occasion filter and the open event. */
export type ViewState = { filter: OccasionFilter; eventId: string | null }

export type ParsedView = ViewState & {
  /** What the link asked for that does not exist, said in words a reader understands. */
  notices: string[]
}

const MAX_SHOWN = 40

function shown(value: string): string {
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Reads `?occasion=a,b&event=id` leniently: anything unknown is dropped and reported. */
export function parseViewState(
  search: string,
  occasionIds: readonly string[],
  hasEvent: (id: string) => boolean,
): ParsedView {
  const notices: string[] = []
  const params = new Map<string, string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq))
    const value = safeDecode(eq < 0 ? '' : pair.slice(eq + 1))
    if (key === null || value === null) {
      notices.push(`Ignored a part of the link that is not valid URL encoding ("${shown(pair)}").`)
      continue
    }
    if (key === 'occasion' || key === 'event') params.set(key, value)
    else notices.push(`Ignored "${shown(key)}" in the link: this page only reads "occasion" and "event".`)
  }

  let filter: OccasionFilter = new Set(occasionIds)
  const occasionParam = params.get('occasion')
  if (occasionParam !== undefined) {
    const known = new Set(occasionIds)
    const wanted = occasionParam
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    const unknown = wanted.filter((id) => !known.has(id))
    if (unknown.length > 0)
      notices.push(
        `Ignored unknown occasion${unknown.length > 1 ? 's' : ''} in the link: ${unknown
          .slice(0, 5)
          .map((u) => `"${shown(u)}"`)
          .join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}.`,
      )
    const valid = wanted.filter((id) => known.has(id))
    // A link whose every occasion is unknown falls back to all, rather than an empty page.
    filter = valid.length > 0 || unknown.length === 0 ? new Set(valid) : new Set(occasionIds)
  }

  let eventId: string | null = null
  const eventParam = params.get('event')
  if (eventParam !== undefined && eventParam !== '') {
    if (hasEvent(eventParam)) eventId = eventParam
    else
      notices.push(
        `The link names an event this timeline does not have ("${shown(eventParam)}"); showing the timeline instead.`,
      )
  }
  return { filter, eventId, notices }
}

/** The query string for a view: the occasion filter only when it leaves something out. */
export function serializeViewState(state: ViewState, occasionIds: readonly string[]): string {
  const parts: string[] = []
  const all = occasionIds.every((id) => state.filter.has(id))
  if (!all)
    parts.push(
      `occasion=${occasionIds
        .filter((id) => state.filter.has(id))
        .map(encodeURIComponent)
        .join(',')}`,
    )
  if (state.eventId) parts.push(`event=${encodeURIComponent(state.eventId)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
