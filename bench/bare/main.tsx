import { createElement as h } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { List, type Link } from './List.tsx'

// The benchmark's floor for waking up: the same React, hydrating a bare list of as many links
// as the corpus has events (the server wrote the same list into index.html). What the app's
// wake-up costs beyond this is the app's own.

const root = document.getElementById('root')!
const links = JSON.parse(document.getElementById('links')!.textContent!) as Link[]
hydrateRoot(root, h(List, { links }))
