import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import './index.css'
import { applyTheme, storedTheme } from './theme/theme.ts'

// Before the first render, so a reader who chose a theme does not see the other one flash.
applyTheme(storedTheme())

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
