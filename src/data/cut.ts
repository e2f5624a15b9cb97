/**
 * A paragraph of its own in an excerpt's `paragraphs`: words are left out here. Plain data,
 * apart from the schema, so the browser reads it without zod.
 */
export const CUT = '[…]'
