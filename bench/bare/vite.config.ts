import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Builds bench/bare (the bare React page: the floor the app's wake-up is measured against).
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [react()],
  build: { modulePreload: { polyfill: false }, emptyOutDir: true },
})
