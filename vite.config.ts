import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { catalogPlugin } from './scripts/catalogPlugin.ts'
import { corpusPlugin } from './scripts/corpusPlugin.ts'
import { datasetPlugin } from './scripts/datasetPlugin.ts'
import { earlyScriptPlugin } from './scripts/earlyScriptPlugin.ts'
import { inlineCssPlugin } from './scripts/inlineCssPlugin.ts'
import { pagesPlugin } from './scripts/pagesPlugin.ts'
import { firstLoadChunk } from './scripts/firstLoadChunk.ts'

const corpus = corpusPlugin()
const catalog = catalogPlugin()
const firstLoad = firstLoadChunk('src/main.tsx', 'src/early.ts')

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder or sub-path.
  base: './',
  // The pages come last: they copy index.html once the stylesheet is in it.
  plugins: [
    react(),
    tailwindcss(),
    earlyScriptPlugin(),
    // The interface's messages, a file per language (assets/messages-ko-….json).
    catalog,
    corpus,
    // The dataset (data/events.json, .csv, the schema) and feed.xml, linked from every page's head.
    datasetPlugin({ corpus: corpus.api.corpus }),
    inlineCssPlugin(),
    pagesPlugin({ corpus: corpus.api.corpus, catalogue: catalog.api.files }),
    firstLoad,
  ],
  // Every browser the app supports has native modulepreload: skip the polyfill's bytes.
  build: {
    modulePreload: { polyfill: false },
    // What the first view runs, in one file (see scripts/firstLoadChunk.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [firstLoad.api.group] } } },
  },
  server: {
    port: 5173,
    strictPort: true,
    // The benchmark writes hundreds of thousands of files there: never watch them.
    watch: { ignored: ['**/bench/out/**', '**/node_modules/.tmp/**', '**/test-results/**'] },
  },
  preview: { port: 4173, strictPort: true },
})
