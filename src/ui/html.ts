/**
 * Text for HTML: an element's content or an attribute's value. For what we write as HTML
 * ourselves (an event's own page, TimelineJS's text fields); the app renders text nodes.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
