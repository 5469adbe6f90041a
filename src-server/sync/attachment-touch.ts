import { collections, type CollectionName } from '@shared/schema/collections';
import { attachmentOwners, type AttachmentOwner } from '@shared/schema/attachment.schema';
import type { WireDoc } from '@shared/sync/protocol';
import type { Sql } from '../db/database';
import { advanceSequence, lockSequence } from './sequence';

export const isAttachmentOwner = (collection: CollectionName): collection is AttachmentOwner => (attachmentOwners as readonly string[]).includes(collection);

/**
 * Whether storing `after` over `before` may change who can read the owner, and so its
 * attachments: its arrival (attachments pushed before it were their author's alone), a deletion
 * either way, and for work orders a new status or assignee, or any edit of a finished one (the
 * 90-day window counts from its last edit), for assessments another assessor.
 */
export function ownerReadersMayChange(collection: AttachmentOwner, before: WireDoc | undefined, after: WireDoc): boolean {
  if (!before || before._deleted !== after._deleted) return true;
  if (collections[collection].read === 'assessor-or-safety') return before.assessorId !== after.assessorId;
  if (collections[collection].read !== 'open-or-recently-worked') return false;
  const finished = (doc: WireDoc) => doc.status === 'closed' || doc.status === 'cancelled';
  return before.status !== after.status || before.assigneeId !== after.assigneeId || finished(after);
}

/**
 * Gives the attachments of these owners new sequence numbers, unchanged, in the transaction that
 * changed the owners. An attachment's readers follow its owner's, but a pull meets only what
 * changed: so each reader's next pull of attachments meets these again and, by the owner's rule
 * as it is now, receives them (they entered the view) or their removal (they left it). Takes the
 * attachments' sequence lock after the owner's: nothing takes them the other way round.
 */
export async function touchAttachmentsOf(tx: Sql, owner: AttachmentOwner, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const base = await lockSequence(tx, 'attachments');
  const { rows } = await tx.query<{ id: string }>(
    `WITH owned AS (
       SELECT d.id, row_number() OVER (ORDER BY d.seq) AS n FROM documents d
        WHERE d.collection = 'attachments' AND d.data->'owner'->>'id' = ANY($1) AND d.data->'owner'->>'collection' = $2
     )
     UPDATE documents d SET seq = $3 + owned.n FROM owned WHERE d.collection = 'attachments' AND d.id = owned.id RETURNING d.id`,
    [ids, owner, base],
  );
  if (rows.length > 0) await advanceSequence(tx, 'attachments', base + rows.length);
  return rows.length;
}
