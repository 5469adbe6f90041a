import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { newWorkOrder } from '../../support/documents';

let server: TestServer;
let token: string;
let createdBy: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ token, user: { id: createdBy } } = await loginHttp(server.url, 'tech01'));
});
afterAll(() => server.stop());

const push = (body: unknown, collection = 'work-orders') => http(server.url, `/sync/${collection}/push`, { token, body });
const stored = async (id: string) => {
  const page = await http(server.url, '/sync/work-orders/pull?seq=0&limit=2000', { token });
  const next = await http(server.url, `/sync/work-orders/pull?seq=${(page.body as { checkpoint: { seq: number } }).checkpoint.seq}&limit=2000`, { token });
  const all = [...(page.body as { documents: { id: string }[] }).documents, ...(next.body as { documents: { id: string }[] }).documents];
  return all.some((d) => d.id === id);
};

describe('a malformed push', () => {
  it.each([
    ['a missing title', (wo: Record<string, unknown>) => void delete wo.title, 'title'],
    ['an impact of 7', (wo: Record<string, unknown>) => void (wo.impact = 7), 'impact'],
    ['a bad requester email', (wo: Record<string, unknown>) => void ((wo.requester as Record<string, unknown>).email = 'not an email'), 'requester.email'],
    ['an unknown status', (wo: Record<string, unknown>) => void (wo.status = 'sleeping'), 'status'],
    ['a field the schema does not know', (wo: Record<string, unknown>) => void (wo.cost = 12), 'cost'],
    ['a priority that contradicts impact x urgency', (wo: Record<string, unknown>) => void (wo.priority = 5), 'priority'],
  ])('with %s is refused with 400 naming the field, and nothing of the batch is stored', async (_, breakIt, field) => {
    const good = newWorkOrder({ createdBy });
    const bad: Record<string, unknown> = newWorkOrder({ createdBy });
    breakIt(bad);
    const answer = await push([
      { assumedMasterState: null, newDocumentState: good },
      { assumedMasterState: null, newDocumentState: bad },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ field });
    expect((answer.body as { error: string }).error).toContain(field);
    expect(await stored(good.id)).toBe(false);
    expect(await stored(bad.id as string)).toBe(false);
  });

  it('that is not an array is refused with 400', async () => {
    expect(await push({ rows: [] })).toMatchObject({ status: 400, body: { error: expect.stringContaining('array') } });
  });

  it('that is not JSON is refused with 400', async () => {
    const answer = await http(server.url, '/sync/work-orders/push', { token, rawBody: '[{"oops"' });
    expect(answer.status).toBe(400);
    expect(answer.body).toHaveProperty('error');
  });

  it('to an unknown collection is refused with 404', async () => {
    expect(await push([], 'payroll')).toMatchObject({ status: 404, body: { field: 'collection' } });
  });

  it('larger than the size limit is refused with 413', async () => {
    const huge = Array.from({ length: 1200 }, () => ({ assumedMasterState: null, newDocumentState: newWorkOrder({ description: 'x'.repeat(7900), createdBy }) }));
    expect((await push(huge)).status).toBe(413);
  });

  it('with a bad checkpoint on pull is refused with 400 naming it', async () => {
    const answer = await http(server.url, '/sync/work-orders/pull?seq=-1', { token });
    expect(answer).toEqual({ status: 400, body: { error: 'seq must be a whole number of 0 or more', field: 'seq' } });
  });
});
