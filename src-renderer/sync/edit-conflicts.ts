import { v5 as uuidv5 } from 'uuid';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { FieldLoss } from '@shared/domain/merge';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { statusLabels, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { outboxOf, type FieldDeskDatabase } from '../db/database';
import { refusalWords, type Refusal } from '../features/conflicts/refusal-words';
import type { LostEdit as ListedLoss } from './outbox';

/** Namespace for the deterministic ids below: recording the same loss twice writes one record. */
const namespace = '0b8f7a4e-5c1d-4f7e-9a33-6f1c2d9e8b10';

type LostEdit = NonNullable<WorkOrderNote['lostEdit']>;
type LostStatus = NonNullable<WorkOrderNote['lostStatus']>;

/** The status change a version lost with its status or hold reason, for the status history (status-history.ts). */
function lostStatusOf(loss: FieldLoss, lostVersion: WireDoc): LostStatus | undefined {
  const status = lostVersion.status as WorkOrderStatus;
  if (loss.field !== 'status' && !(loss.field === 'holdReason' && status === 'on-hold')) return undefined;
  return { to: status, version: lostVersion.updatedAt as string };
}

/** What sync reports lost and refused edits to; one per local database. */
export type EditConflicts = {
  overridden(name: CollectionName, mine: WireDoc, theirs: WireDoc, lost: FieldLoss[]): Promise<void>;
  /** My later edit overwrote values someone else had stored: keep theirs on the timeline. */
  replaced(name: CollectionName, mine: WireDoc, theirs: WireDoc, lost: FieldLoss[]): Promise<void>;
  /** The server refused `mine` (its answer in `refusal`); the device went back to `theirs`. */
  refused(name: CollectionName, mine: WireDoc, theirs: WireDoc, refusal: Refusal): Promise<void>;
};

export function label(name: CollectionName, doc: WireDoc): string {
  if (name === 'work-orders') return `${doc.number ? `WO-${doc.number as number}` : 'New work order'} ${doc.title as string}`;
  if (name === 'assets') return `Asset ${doc.tag as string}`;
  if (name === 'reference') return `${doc.name as string}, version ${doc.version as number}`;
  if (name === 'ergonomic-assessments') return `Assessment of ${(doc.employee as { name?: string } | undefined)?.name ?? 'an employee'}`;
  return `${name} ${doc.id as string}`;
}

/** What the timeline entry says of a lost value, for the device of the person who set it. */
function lostEditOf(loss: FieldLoss, setBy: string, keptBy: string): LostEdit {
  return { field: loss.field, value: JSON.stringify(loss.mine ?? null), keptValue: JSON.stringify(loss.kept ?? null), setBy, keptBy };
}

const show = (value: unknown) => (value === undefined ? '(empty)' : typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Records edits that did not survive sync. An overridden value is kept twice: in this user's
 * local list (with a re-apply action) and in the document's synced timeline (a work-order note or
 * an asset event), so a supervisor sees it too and nothing typed is ever lost.
 */
export function createEditConflicts(getDb: () => FieldDeskDatabase, me: string): EditConflicts {
  const myName = async () => (await getDb().users?.findOne(me).exec())?.name ?? '';

  async function keepInTimeline(name: CollectionName, mine: WireDoc, theirs: WireDoc, text: string, id: string, lostEdit?: LostEdit, lostStatus?: LostStatus): Promise<void> {
    const db = getDb();
    const at = new Date().toISOString();
    if (name === 'work-orders' && db.work_order_notes && !(await db.work_order_notes.findOne(id).exec())) {
      await db.work_order_notes.insert({ id, workOrderId: mine.id as string, authorId: me, authorName: await myName(), kind: 'overridden-edit', text, ...(lostEdit ? { lostEdit } : {}), ...(lostStatus ? { lostStatus } : {}), createdAt: at, updatedAt: at });
    }
    if (name === 'assets' && db.asset_events && !(await db.asset_events.findOne(id).exec())) {
      await db.asset_events.insert({
        id, assetId: mine.id as string, tag: theirs.tag as string, kind: 'edit-overridden', siteId: theirs.siteId as string,
        building: theirs.building as string, room: theirs.room as string, authorId: me, authorName: await myName(), note: text, lostEdit, createdAt: at, updatedAt: at,
      });
    }
  }

  /** A refused version's status change is on the timeline already: mark it as not applied. */
  async function markRefusedStatus(name: CollectionName, mine: WireDoc, theirs: WireDoc): Promise<void> {
    if (name !== 'work-orders' || theirs._deleted || mine.status === theirs.status) return;
    const to = mine.status as WorkOrderStatus;
    const id = uuidv5(`refused-status|${mine.id as string}|${mine.updatedAt as string}`, namespace);
    const text = `Status change to ${statusLabels[to]} not applied: the server did not accept this edit.`;
    await keepInTimeline(name, mine, theirs, text, id, undefined, { to, version: mine.updatedAt as string });
  }

  // Two paths may report the same loss at once: the outbox lists it once, and a dismissed entry stays dismissed.
  const record = (conflict: ListedLoss) => outboxOf(getDb()).recordLost(conflict);

  return {
    async overridden(name, mine, theirs, lost) {
      for (const loss of lost) {
        const id = uuidv5(`${name}|${mine.id as string}|${loss.field}|${theirs.updatedAt as string}`, namespace);
        const text = `Edit overridden by a later change: ${loss.field} was ${show(loss.mine)} here; ${show(loss.kept)} was kept.`;
        await keepInTimeline(name, mine, theirs, text, id, lostEditOf(loss, me, (theirs.updatedBy as string) ?? ''), lostStatusOf(loss, mine));
        await record({
          id, kind: 'overridden', collectionName: name, docId: mine.id as string, label: label(name, theirs), field: loss.field,
          mine: JSON.stringify(loss.mine ?? null), kept: JSON.stringify(loss.kept ?? null), keptBy: (theirs.updatedBy as string) ?? '', reason: '',
        });
      }
    },
    async replaced(name, mine, theirs, lost) {
      for (const loss of lost) {
        const id = uuidv5(`replaced|${name}|${mine.id as string}|${loss.field}|${theirs.updatedAt as string}`, namespace);
        const who = (await getDb().users?.findOne((theirs.updatedBy as string) ?? '').exec())?.name ?? 'another user';
        const text = `A later edit replaced ${loss.field}: ${show(loss.kept)}, set by ${who}, is now ${show(loss.mine)}.`;
        await keepInTimeline(name, mine, theirs, text, id, lostEditOf({ ...loss, mine: loss.kept, kept: loss.mine }, (theirs.updatedBy as string) ?? '', me), lostStatusOf(loss, theirs));
      }
    },
    async refused(name, mine, theirs, refusal) {
      // In plain words chosen by the answer's status and field; the server's message is for logs.
      const kept = theirs._deleted ? null : theirs;
      const keptBy = (kept?.updatedBy as string | undefined) ?? '';
      // Named only when someone else wrote it: "Monica Hale closed this work order".
      const keptByName = keptBy && keptBy !== me ? (await getDb().users?.findOne(keptBy).exec())?.name : undefined;
      const reason = refusalWords(refusal, mine, kept, keptByName);
      const field = refusal.field;
      await record({
        id: uuidv5(`refused|${name}:${mine.id as string}:${mine.updatedAt as string}`, namespace), kind: 'refused', collectionName: name, docId: mine.id as string,
        label: label(name, mine), field, mine: JSON.stringify(mine), kept: JSON.stringify(kept), keptBy, reason,
      });
      await markRefusedStatus(name, mine, theirs);
    },
  };
}
