import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

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
