import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { corpusPlugin } from './scripts/corpusPlugin.ts'

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder or sub-path.
  base: './',
  plugins: [react(), tailwindcss(), corpusPlugin()],
  // Every browser the app supports has native modulepreload: skip the polyfill's bytes.
  build: { modulePreload: { polyfill: false } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
