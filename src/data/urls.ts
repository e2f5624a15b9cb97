/**
 * Only http(s) links, with a host: article text is untrusted and a link must never run code.
 * The scheme is lower case, as every link in the corpus is; the pattern is the whole rule,
 * used by the schema (and so the editor's JSON Schema), the panel's links and the exports.
 */
export const HTTP_URL = /^https?:\/\/[^\s/?#:@]+(?::\d{1,5})?(?:[/?#]\S*)?$/

/** True for a link the schema would accept. */
export const isHttpUrl = (url: string | undefined): url is string => !!url && HTTP_URL.test(url)
