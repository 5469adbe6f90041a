import { checklistFromItems } from '@shared/schema/legacy-checklist';
import type { Sql } from './database';

/**
 * Migration 11, the server's half of reference schema version 1: every stored checklist template
 * that is still a flat list of items becomes the same steps one after another, by the function the
 * devices' RxDB migration uses, so a device that migrated its own copy holds what the server serves
 * and nothing needs pulling again. Its sequence number stays as it is for the same reason.
 */
export async function convertLegacyChecklists(tx: Sql): Promise<void> {
  const { rows } = await tx.query<{ id: string; data: Record<string, unknown> }>(
    "SELECT id, data FROM documents WHERE collection = 'reference' AND data->>'kind' = 'checklist-template' AND data->'checklist' ? 'items'",
  );
  for (const row of rows) {
    await tx.query("UPDATE documents SET data = $2::jsonb WHERE collection = 'reference' AND id = $1", [row.id, JSON.stringify(checklistFromItems(row.data))]);
  }
}
