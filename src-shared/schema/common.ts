/** UTC ISO-8601 timestamp with milliseconds, as produced by `Date#toISOString`. */
export const isoTime = {
  type: 'string',
  maxLength: 24,
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
} as const;

/** Client-created document id (UUID v7, or a stable seed id such as `site-001`). */
export const documentId = { type: 'string', maxLength: 40, minLength: 1 } as const;

/** A reference to another document's id. */
export const reference = { type: 'string', maxLength: 40 } as const;
