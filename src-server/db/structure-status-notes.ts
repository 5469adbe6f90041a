import { legacyStatusSteps, legacyStatusText } from '@shared/schema/legacy-status-text';

const literal = (value: string | undefined) => (value === undefined ? 'NULL::text' : `'${value.replaceAll("'", "''")}'`);

/**
 * Migration 5, the server's half of note schema version 2: stored free-text status notes become
 * structured, from the same fixed table of texts the devices' RxDB migration uses (so a device that
 * migrated its own copy holds what the server now serves, and nothing needs pulling again); a
 * status note whose text is not in the table becomes a plain note, its text kept.
 */
export function structureStatusNotesSql(): string {
  const rows = legacyStatusSteps.map((step) => `(${literal(legacyStatusText(step))}, ${literal(step.from)}, ${literal(step.to)}, ${literal(step.holdReason)})`);
  const unstructured = `collection = 'work-order-notes' AND data->>'kind' = 'status-change' AND NOT (data ? 'statusChange')`;
  return `
    UPDATE documents SET data = data || jsonb_build_object('statusChange', jsonb_strip_nulls(jsonb_build_object(
      'from', t.from_status, 'to', t.to_status, 'holdReason', t.hold_reason, 'at', data->'createdAt')))
    FROM (VALUES ${rows.join(', ')}) AS t (text, from_status, to_status, hold_reason)
    WHERE ${unstructured} AND data->>'text' = t.text;
    UPDATE documents SET data = jsonb_set(data, '{kind}', '"note"') WHERE ${unstructured}
  `;
}
