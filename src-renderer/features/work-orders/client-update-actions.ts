import { v7 as uuidv7 } from 'uuid';
import type { ContactChannel } from '@shared/schema/work-order-note.schema';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';
import { PlainWordsError } from '../../ui/plain-error';

/** One contact with the client: what they were told, how, and the time frame promised them. */
export type ClientContact = { text: string; channel: ContactChannel; promised: string };

/**
 * Logs a contact with the client on the work order's timeline, and notes its time on the work
 * order (`clientUpdatedAt`), which the list reads to flag clients waiting too long for news.
 */
export async function logClientUpdate(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, contact: ClientContact): Promise<void> {
  const text = contact.text.trim();
  if (!text) throw new PlainWordsError('Say what the client was told.');
  const at = new Date().toISOString();
  await db.work_order_notes.insert({
    id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind: 'client-update', text,
    contact: { channel: contact.channel, promised: contact.promised.trim() }, createdAt: at, updatedAt: at,
  });
  const doc = await db.work_orders.findOne(workOrderId).exec();
  // A later update made elsewhere (synced meanwhile) stays the latest.
  if (doc && !(doc.clientUpdatedAt && doc.clientUpdatedAt > at)) {
    await doc.incrementalModify((data) => ({ ...data, clientUpdatedAt: at, updatedAt: at, updatedBy: author.id }));
  }
}
