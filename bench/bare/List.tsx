import { createElement as h, useEffect } from 'react'

export type Link = { id: string; title: string }

/**
 * A bare list of links: what the floor page prerenders and hydrates. Written without JSX so
 * the benchmark's node scripts render it whatever their JSX setting.
 */
export function List({ links }: { links: readonly Link[] }) {
  // The floor is awake once React has hydrated it (effects run after the commit).
  useEffect(() => void performance.mark('bare-hydrated'), [])
  return h(
    'ul',
    null,
    links.map((l) => h('li', { key: l.id }, h('a', { href: `event/${l.id}/` }, l.title))),
  )
}
