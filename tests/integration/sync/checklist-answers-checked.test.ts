import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';
import { startNodeClient } from '../../support/node-client';
import { shippedEntries } from '../../support/reference';
import { recordAnswer, type OfferedChecklist } from '../../../src-renderer/features/checklists/checklist-runs';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { SessionUser } from '@shared/sync/protocol';

let server: TestServer;
let tech: { token: string; id: string };
let workOrderId: string;

beforeAll(async () => {
  // The shipped checklists are in the reference data from the start: "password-reset" version 1
  // asks a choice at "which-account", "desktop-start-slow" version 1 a number at "disk-space".
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const boss = await loginHttp(server.url, 'super01');
  const login = await loginHttp(server.url, 'tech01');
  tech = { token: login.token, id: login.user.id };
  const wo = newWorkOrder({ status: 'in-progress', assigneeId: tech.id, createdBy: boss.user.id });
  workOrderId = wo.id;
  expect(await http(server.url, '/sync/work-orders/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
});
afterAll(() => server.stop());

const answer = (template: string, version: number, step: string, value: string) =>
  newNote(workOrderId, { authorId: tech.id, kind: 'checklist-answer', text: `${step}: ${value}`, checklistAnswer: { template, version, step, value } });
const push = (note: ReturnType<typeof answer>) => http(server.url, '/sync/work-order-notes/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: note }] });

describe('a checklist answer pushed to the server', () => {
  it('is kept when its template version asks that step and the answer fits it', async () => {
    const given = [answer('password-reset', 1, 'which-account', 'email'), answer('desktop-start-slow', 1, 'disk-space', '12.5')];
    for (const note of given) expect(await push(note)).toMatchObject({ status: 200 });
    const stored = await pullAll(server.url, tech.token, 'work-order-notes');
    for (const note of given) expect(stored.get(note.id)?.checklistAnswer).toEqual(note.checklistAnswer);
  });

  it.each([
    ['a template version the county never had', () => answer('password-reset', 99, 'which-account', 'email'), 'checklistAnswer.version'],
    ['a template the county never had', () => answer('no-such-checklist', 1, 'which-account', 'email'), 'checklistAnswer.version'],
    ['a step the template does not ask', () => answer('password-reset', 1, 'disk-space', '12'), 'checklistAnswer.step'],
    ['a choice the step does not offer', () => answer('password-reset', 1, 'which-account', 'mainframe'), 'checklistAnswer.value'],
    ['words where the step asks a number', () => answer('desktop-start-slow', 1, 'disk-space', 'about half'), 'checklistAnswer.value'],
  ] as const)('is refused, naming the field, for %s, and nothing of it is stored', async (_, given, field) => {
    const note = given();
    const refused = await push(note);
    expect(refused).toMatchObject({ status: 400, body: { field } });
    expect((await pullAll(server.url, tech.token, 'work-order-notes')).has(note.id)).toBe(false);
  });
});

const outcome = (exit: string, kind: string, version = 1) =>
  newNote(workOrderId, { authorId: tech.id, kind: 'checklist-outcome', text: `Reset a password ended at ${exit}`, checklistOutcome: { template: 'password-reset', version, exit, outcome: kind as 'resolved' } });

describe('a checklist outcome pushed to the server', () => {
  it.each([
    ['an exit the template version does not have', () => outcome('printer-fixed', 'resolved'), 'checklistOutcome.exit'],
    ['an exit of another kind than it says', () => outcome('still-locked-out', 'resolved'), 'checklistOutcome.outcome'],
    ['a template version the county never had', () => outcome('reset-done', 'resolved', 7), 'checklistOutcome.version'],
  ] as const)('is refused, naming the field, for %s', async (_, given, field) => {
    expect(await push(given())).toMatchObject({ status: 400, body: { field } });
  });
});

describe('a checklist run on a laptop', () => {
  it('writes its outcome with the answer that reaches an exit, once per exit reached, and the server keeps both', async () => {
    const client = await startNodeClient(server.url, 'tech01');
    try {
      await client.awaitInSync();
      const shipped = shippedEntries().find((e) => e.kind === 'checklist-template' && e.key === 'password-reset') as unknown as OfferedChecklist;
      const template: OfferedChecklist = { key: shipped.key, version: shipped.version, name: shipped.name, checklist: shipped.checklist };
      const author = { id: tech.id, name: 'Tech 01' } as SessionUser;
      const step = (id: string) => template.checklist.steps.find((s) => s.id === id)!;
      const answer = async (stepId: string, value: string) => {
        const timeline = (await client.db.work_order_notes.find({ selector: { workOrderId } }).exec()).map((d) => d.toJSON() as WorkOrderNote);
        await recordAnswer(client.db, workOrderId, author, template, step(stepId), value, timeline);
      };
      // Not verified: the run ends in an escalation. Verified after all (the answer changed): it goes on and resolves.
      await answer('verify-identity', 'no');
      await answer('verify-identity', 'yes');
      await answer('which-account', 'network');
      await answer('reset-password', 'done');
      await answer('signed-in', 'yes');
      // The same answer again reaches the exit it is already at: no second outcome.
      await answer('signed-in', 'yes');
      await client.awaitInSync();
      const outcomes = [...(await pullAll(server.url, tech.token, 'work-order-notes')).values()]
        .filter((n) => n.workOrderId === workOrderId && n.kind === 'checklist-outcome')
        .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
        .map((n) => n.checklistOutcome);
      expect(outcomes).toEqual([
        { template: 'password-reset', version: 1, exit: 'identity-not-verified', outcome: 'escalate' },
        { template: 'password-reset', version: 1, exit: 'reset-done', outcome: 'resolved' },
      ]);
    } finally {
      await client.close();
    }
  });
});
