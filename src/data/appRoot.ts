/**
 * The address of the app's home page. A page in a subfolder (an event's own page,
 * event/<id>/) says where the root is with <meta name="app-root" content="../../">.
 */
export function appRoot(): URL {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="app-root"]')?.content ?? './'
  return new URL(meta, window.location.href)
}

/** The address of an event's own page. */
export function eventPageUrl(id: string): string {
  return new URL(`event/${encodeURIComponent(id)}/`, appRoot()).href
}
