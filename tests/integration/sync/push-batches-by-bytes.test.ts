import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { jsonBytes } from '@shared/sync/json-bytes';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newAssessment, newNote, newWorkOrder } from '../../support/documents';
import { setSafetyOfficer } from '../../support/accounts';

/** The smallest push limit a county may set (MAX_PUSH_BYTES); the default is 8 MiB. */
const limit = 64 * 1024;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ settings: { maxPushBytes: limit } });
  // Assessments are created by safety officers (and supervisors).
  await setSafetyOfficer(server.url, 'tech01');
});
afterAll(() => server.stop());

/** An assessment by `assessorId`; `recommendations` of `size` characters each make it as large as wanted. */
function assessment(assessorId: string, employeeName: string, recommendations: number, size: number): ErgonomicAssessment {
  const { _deleted, ...doc } = newAssessment(assessorId, {
    employee: { name: employeeName, department: '', jobTitle: '' },
    // Not ASCII: the server's limit counts bytes of UTF-8, two for each of these.
    recommendations: Array.from({ length: recommendations }, (_, i) => ({ id: uuidv7(), text: `${i}. Réglez l’écran à hauteur des yeux. `.padEnd(size, 'é') })),
  });
  return doc;
}

describe('a push larger than the server\'s byte limit', () => {
  it('is refused with 413 naming the body, and stores nothing of it', async () => {
    const { token, user } = await loginHttp(server.url, 'tech01');
    const big = assessment(user.id, 'Dana Whitfield', 50, 1000);
    const rows = [{ assumedMasterState: null, newDocumentState: { ...big, _deleted: false } }];
    expect(jsonBytes(rows)).toBeGreaterThan(limit);
    const answer = await http(server.url, '/sync/ergonomic-assessments/push', { token, body: rows });
    expect(answer).toMatchObject({ status: 413, body: { field: 'body', error: expect.stringContaining(`${limit} bytes`) } });
    expect((await pullAll(server.url, token, 'ergonomic-assessments')).has(big.id)).toBe(false);
    const small = assessment(user.id, 'Dana Whitfield', 2, 100);
    expect(await http(server.url, '/sync/ergonomic-assessments/push', { token, body: [{ assumedMasterState: null, newDocumentState: { ...small, _deleted: false } }] })).toMatchObject({ status: 200 });
  });
});

describe('a device with more waiting than one push may carry', () => {
  it('sends it all in smaller batches; the one change too large on its own is refused alone and listed', async () => {
    // The size of each push of notes the device sends.
    const notePushes: number[] = [];
    const client = await startNodeClient(server.url, 'tech01', ['work-orders', 'work-order-notes', 'ergonomic-assessments'], {
      beforeRequest: (url, bytes) => void (url.includes('/sync/work-order-notes/push') && notePushes.push(bytes)),
    });
    try {
      await client.awaitInSync();
      client.setOnline(false);
      const wo = newWorkOrder({ createdBy: client.userId, title: 'Long notes' });
      await client.db.work_orders.insert(wo);
      // Thirty notes of about 6 KB: three times what one push may carry.
      const longNotes = () => Array.from({ length: 30 }, (_, i) => newNote(wo.id, { authorId: client.userId, text: `Note ${i}: ${'checked the feeder rollers. '.repeat(220)}` }));
      const notes = longNotes();
      await client.db.work_order_notes.bulkInsert(notes);
      const small = [assessment(client.userId, 'Luis Ortega', 3, 200), assessment(client.userId, 'Mei Tanaka', 3, 200)];
      const tooLarge = assessment(client.userId, 'Dana Whitfield', 50, 1000);
      // Ids are ordered by time: the large one sits between the two small ones in the queue.
      await client.db.ergonomic_assessments.insert(small[0]!);
      await client.db.ergonomic_assessments.insert(tooLarge);
      await client.db.ergonomic_assessments.insert(small[1]!);
      client.setOnline(true);
      await client.awaitInSync();

      const { token } = await loginHttp(server.url, 'tech01');
      const notesOnServer = await pullAll(server.url, token, 'work-order-notes');
      expect(notes.filter((n) => !notesOnServer.has(n.id))).toEqual([]);
      const assessments = await pullAll(server.url, token, 'ergonomic-assessments');
      expect(small.map((a) => assessments.has(a.id))).toEqual([true, true]);
      expect(assessments.has(tooLarge.id)).toBe(false);
      const listed = await eventually('the large assessment listed', async () => {
        const found = await client.conflicts({ kind: 'refused', docId: tooLarge.id });
        return found.length > 0 ? found : null;
      });
      expect(listed).toEqual([
        expect.objectContaining({
          label: 'Assessment of Dana Whitfield',
          reason: 'This change is too large for the server, so it was not accepted: make it smaller (a photo at a lower size, say) and save it again.',
        }),
      ]);
      // Nothing typed is lost: the refused assessment is kept whole in the list.
      expect(JSON.parse(listed[0]!.mine)).toMatchObject({ recommendations: tooLarge.recommendations });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);

      // Only the first push was too large: the device took the server's limit from its answer.
      expect(notePushes.filter((bytes) => bytes > limit)).toHaveLength(1);
      const more = longNotes();
      await client.db.work_order_notes.bulkInsert(more);
      await client.awaitInSync();
      const after = await pullAll(server.url, token, 'work-order-notes');
      expect(more.filter((n) => !after.has(n.id))).toEqual([]);
      expect(notePushes.filter((bytes) => bytes > limit)).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});
