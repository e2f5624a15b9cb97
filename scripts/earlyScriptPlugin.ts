import type { Plugin } from 'vite'

const ENTRY = 'src/early.ts'

/**
 * src/early.ts as a script of its own, loaded before the app's (index.html has one entry,
 * which Vite would merge it into): a few hundred bytes that hold the reader's first clicks and
 * keys while the app's larger script arrives and wakes up.
 */
export function earlyScriptPlugin(): Plugin {
  return {
    name: 'early-script',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', early: ENTRY } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = ctx.bundle
          ? Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.name === 'early')
          : undefined
        const src = ctx.server ? `/${ENTRY}` : chunk ? `./${chunk.fileName}` : null
        if (!src) return html
        // Before the app's script, so it runs first (module scripts run in document order).
        return html.replace(
          /(<script type="module"[^>]*src="[^"]*index[^"]*"[^>]*><\/script>)/,
          `<script type="module" src="${src}"></script>\n    $1`,
        )
      },
    },
  }
}
