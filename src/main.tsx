import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import './index.css'
import { applyTheme, storedTheme } from './theme/theme.ts'

// Before the first render, so a reader who chose a theme does not see the other one flash.
applyTheme(storedTheme())

// The sticky header's real height, for what must sit below it (the panel): it changes with
// the font size and the window's width.
const header = document.querySelector('header')
if (header) {
  const setHeight = () =>
    document.documentElement.style.setProperty('--header-h', `${header.getBoundingClientRect().height}px`)
  setHeight()
  new ResizeObserver(setHeight).observe(header)
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
