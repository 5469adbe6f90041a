import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { readShippedEntries } from '@shared/schema/reference-shipped';
import { shippedToLoad, type StoredVersion } from '@shared/domain/reference';
import type { Database } from '../db/database';
import { underMigrationLock } from '../db/migrations';
import { advanceSequence, lockSequence } from '../sync/sequence';

/** A file of reference data that cannot be loaded; the server does not start, and says which file and field. */
export class ReferenceFileError extends Error {}

/**
 * Every shipped version in the JSON files of `dir` (resources/reference by default), checked with
 * the shared schema and rules and stamped at `at`. A county may edit these files (templates are
 * edited as JSON for now): a mistake stops the start with the file and field named, rather than
 * loading something the app would refuse.
 */
export function readShippedReference(dir: string, at: string): ReferenceDoc[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const docs = new Map<string, ReferenceDoc>();
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      throw new ReferenceFileError(`${join(dir, file)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const read = readShippedEntries(json, at);
    if ('violation' in read) {
      const { entry, field, message } = read.violation;
      const where = [entry === undefined ? '' : `entry ${entry + 1}`, field].filter(Boolean).join(', ');
      throw new ReferenceFileError(`${join(dir, file)}: ${where ? `${where}: ` : ''}${message}`);
    }
    for (const doc of read.docs) {
      if (docs.has(doc.id)) throw new ReferenceFileError(`${join(dir, file)}: ${doc.kind} ${doc.key} version ${doc.version} is shipped twice`);
      docs.set(doc.id, doc);
    }
  }
  return [...docs.values()];
}

/**
 * Stores the shipped versions the database lacks (../../src-shared/domain/reference.ts, `shippedToLoad`),
 * at every start, with or without the demo county, under the migration lock: two servers starting
 * at once load each version once, by its fixed id. Nothing the county saved or deleted is replaced.
 * Returns what was loaded. Recorded in the audit trail as written by FieldDesk itself.
 */
export async function loadShippedReference(db: Database, shipped: readonly ReferenceDoc[]): Promise<ReferenceDoc[]> {
  return underMigrationLock(db, async (tx) => {
    const { rows } = await tx.query<StoredVersion>(
      `SELECT data->>'kind' AS kind, data->>'key' AS key, (data->>'version')::int AS version,
              coalesce((data->>'shipped')::boolean, false) AS shipped, deleted
         FROM documents WHERE collection = 'reference'`,
    );
    const load = shippedToLoad(shipped, rows);
    if (load.length === 0) return [];
    let seq = await lockSequence(tx, 'reference');
    for (const doc of load) {
      seq += 1;
      await tx.query("INSERT INTO documents (collection, id, seq, data, deleted) VALUES ('reference', $1, $2, $3::jsonb, false)", [doc.id, seq, JSON.stringify(doc)]);
      await tx.query("INSERT INTO audit_events (user_id, device, collection, doc_id, before, after) VALUES ('fielddesk', 'shipped reference data', 'reference', $1, NULL, $2::jsonb)", [doc.id, JSON.stringify(doc)]);
    }
    // Devices of servers already running on this database hear of it too.
    await advanceSequence(tx, 'reference', seq);
    return load;
  });
}
