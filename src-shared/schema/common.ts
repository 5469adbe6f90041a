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

/**
 * On a timeline entry that records an edit lost in a conflict: whose value gave way, so that
 * person's device can list it under "edits not applied" with a way to put it back. Values are JSON.
 */
export const lostEdit = {
  type: 'object',
  additionalProperties: false,
  properties: {
    field: { type: 'string', maxLength: 60 },
    value: { type: 'string', maxLength: 8000 },
    keptValue: { type: 'string', maxLength: 8000 },
    setBy: reference,
    keptBy: reference,
  },
  required: ['field', 'value', 'keptValue', 'setBy', 'keptBy'],
} as const;

/** A timeline entry of kind `lost-edit-dismissed` names the entry it dismisses (`dismisses`), and no other kind does. */
export function checkDismissal(entry: { kind: string; dismisses?: string }): { field: string; message: string } | null {
  if (entry.kind === 'lost-edit-dismissed' && !entry.dismisses) return { field: 'dismisses', message: 'a lost-edit-dismissed entry names the entry it dismisses' };
  if (entry.kind !== 'lost-edit-dismissed' && entry.dismisses !== undefined) return { field: 'dismisses', message: `a ${entry.kind} entry dismisses nothing` };
  return null;
}

/** Migration of a collection whose new version only added optional fields: documents stay as they are. */
export const unchanged = <T>(doc: T): T => doc;
