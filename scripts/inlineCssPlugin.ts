import type { Plugin } from 'vite'

/**
 * Puts the stylesheet (5 KB gzip) into index.html instead of linking it, so the first paint
 * waits for one request, not two. The page's policy allows inline styles, not scripts. The
 * file stays in dist/ and the <style> says where it came from: an event's page links it
 * instead (scripts/eventPages.ts), so thousands of pages share one cached copy.
 */
export function inlineCssPlugin(): Plugin {
  return {
    name: 'inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html')
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue
        const link = new RegExp(
          `<link rel="stylesheet"[^>]*href="\\./${file.fileName.replace(/[.]/g, '\\.')}"[^>]*>`,
        )
        if (!link.test(html.source)) continue
        const css = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)
        html.source = html.source.replace(
          link,
          () => `<style data-inlined-from="./${file.fileName}">${css}</style>`,
        )
      }
    },
  }
}
