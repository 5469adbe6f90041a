import { describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { Bookkeeping } from '../../../src-renderer/db/bookkeeping';
import { openOutbox, type Outbox } from '../../../src-renderer/sync/outbox';
import { pendingActionCount } from '../../../src-renderer/sync/pending-actions';

let opened = 0;
async function outbox(): Promise<Outbox> {
  return openOutbox(new Bookkeeping(`pending-actions-${++opened}`, { indexedDB, IDBKeyRange }));
}
const count = async (o: Outbox) => pendingActionCount(await o.tables.pending.toArray());
const serverCopy = (updatedAt: string) => ({ id: 'wo-1', updatedAt, _deleted: false });

describe('the count of changes waiting is the count of actions not sent', () => {
  it('a status step with its timeline entry, then a note: two actions, three documents', async () => {
    const o = await outbox();
    // Putting a work order on hold writes the work order and its status entry with one time.
    await o.mark('work-orders', { id: 'wo-1', updatedAt: '2026-12-03T10:00:00.000Z' }, serverCopy('2026-12-01T08:00:00.000Z'));
    await o.mark('work-order-notes', { id: 'n-1', updatedAt: '2026-12-03T10:00:00.000Z' });
    await o.mark('work-order-notes', { id: 'n-2', updatedAt: '2026-12-03T10:01:00.000Z' });
    expect(await o.tables.pending.count()).toBe(3);
    expect(await count(o)).toBe(2);
  });

  it('one document changed by two actions counts both', async () => {
    const o = await outbox();
    await o.mark('work-orders', { id: 'wo-1', updatedAt: '2026-12-03T10:00:00.000Z' }, serverCopy('2026-12-01T08:00:00.000Z'));
    await o.mark('work-orders', { id: 'wo-1', updatedAt: '2026-12-03T10:05:00.000Z' });
    expect(await count(o)).toBe(2);
  });

  it('what the server accepted leaves the count; an edit made while it was on the wire stays', async () => {
    const o = await outbox();
    await o.mark('work-orders', { id: 'wo-1', updatedAt: '2026-12-03T10:00:00.000Z' }, serverCopy('2026-12-01T08:00:00.000Z'));
    await o.mark('work-order-notes', { id: 'n-1', updatedAt: '2026-12-03T10:00:00.000Z' });
    const [read] = await o.nextEntries('work-orders', null, 10);
    // The push of the work order's first version is on the wire when the user edits it again.
    await o.mark('work-orders', { id: 'wo-1', updatedAt: '2026-12-03T10:07:00.000Z' });
    await o.settle('work-orders', [{ docId: 'wo-1', base: serverCopy('2026-12-03T10:00:00.000Z'), doneAt: read!.edits }]);
    await o.settle('work-order-notes', [{ docId: 'n-1', doneAt: 1 }]);
    expect(await count(o)).toBe(1);
    const [left] = await o.nextEntries('work-orders', null, 10);
    expect(left?.stamps).toEqual(['2026-12-03T10:07:00.000Z']);
  });

  it('an entry an earlier build marked (no stamps) counts as one action', () => {
    expect(pendingActionCount([{ updatedAt: '2026-12-03T10:00:00.000Z' }, { updatedAt: '2026-12-03T10:00:00.000Z', stamps: ['2026-12-03T10:00:00.000Z'] }])).toBe(1);
  });
});
