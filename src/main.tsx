import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { renderingAfresh } from './ui/hydration.ts'
import { embedLinks } from './ui/links.ts'
import { appRoot, hasEventPages, pathBelowRoot } from './data/appRoot.ts'
import { fetchIndex } from './data/corpus.ts'
import './index.css'
import { applyTheme, storedTheme } from './theme/theme.ts'
import { setMessages } from './i18n/i18n.ts'
import { pageLang } from './i18n/langs.ts'
import { loadMessages } from './i18n/load.ts'

// Before the first render, so a reader who chose a theme does not see the other one flash.
applyTheme(storedTheme())

// The sticky header's real height, for what must sit below it (the panel): it changes with
// the font size and the window's width. Read when the browser lays the page out anyway (a
// ResizeObserver, no forced layout), and written only when it differs from the stylesheet's
// 3.5 rem + 1 px: a custom property set on <html> restyles every element of the page.
const header = document.querySelector('header')
if (header) {
  let last = ''
  new ResizeObserver(([entry]) => {
    const h = entry.borderBoxSize[0]?.blockSize ?? header.offsetHeight
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize)
    const next = Math.abs(h - (3.5 * rem + 1)) < 0.5 ? '' : `${h}px`
    if (next === last) return
    last = next
    if (next) document.documentElement.style.setProperty('--header-h', next)
    else document.documentElement.style.removeProperty('--header-h')
  }).observe(header)
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Fixed now, from the address the page was loaded at (the app moves the address bar later).
const home = appRoot().pathname
const pages = hasEventPages()
// The build prerendered the home page as a link with no parameters shows it: the client takes
// that HTML over (hydrates it) when the address is exactly that. Otherwise (a link with a
// filter or an open event, an event's own page) it renders afresh once the index is here;
// the page's HTML stays readable until then.
const pristine = window.location.search === '' && !pathBelowRoot().startsWith('event/')
// The embed page (embed/, in another site's article): the view alone, the address never written.
const embed = document.querySelector('meta[name="embed"]') !== null
const hydrate = root.dataset.prerendered === (embed ? 'embed' : 'home') && pristine
// Until the app has taken the page over, clicks and keys are held (since src/early.ts ran), then replayed.
// (The early script is in every page's head before this one; without it, nothing is held.)
const release = window.__releaseEarlyInput ?? (() => {})

// The header's language switch goes to the same view in the other language: its code comes
// just after the page's (until then its links go to the same page, without the view's filters).
void import('./i18n/switchLanguage.ts').then((m) => m.keepAddressOnSwitch())

const lang = pageLang()
// The page's language's messages, in parallel with the index (the page preloads both).
const messages = loadMessages(lang).then((m) => setMessages(lang, m))
// The footer's "Copy citation" speaks the page's language: it waits for its messages.
void messages.then(
  () => import('./app/citeDataset.ts').then((m) => m.wireFooterCitation()),
  () => {},
)

Promise.all([fetchIndex(), messages]).then(
  ([corpus]) => {
    if (hydrate)
      // In a transition, React hydrates in slices of a few ms and the page answers between them.
      startTransition(() => {
        hydrateRoot(
          root,
          <StrictMode>
            <App corpus={corpus} links={embedLinks(pages, embed)} prerender onAwake={release} />
          </StrictMode>,
        )
      })
    else {
      renderingAfresh()
      createRoot(root).render(
        <StrictMode>
          <App corpus={corpus} links={{ base: home, pages, embed }} onAwake={release} />
        </StrictMode>,
      )
    }
  },
  // The app loads it again and says what went wrong, with a way to retry (this failure's words
  // may be missing: the messages may not have been in when it failed).
  async () => {
    // In the page's language if its messages came, else in English, which is always there.
    await messages.catch(() => loadMessages('en').then((m) => setMessages('en', m)))
    renderingAfresh()
    release()
    createRoot(root).render(
      <StrictMode>
        <App links={{ base: home, pages, embed }} />
      </StrictMode>,
    )
  },
)
