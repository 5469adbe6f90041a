import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '@shared/sync/gateway';
import { startTestServer, type TestServer } from '../../support/server';
import { eventually, gatewayFor } from '../../support/api';
import { newWorkOrder } from '../../support/documents';

let server: TestServer;
let gateway: Gateway;
beforeAll(async () => {
  server = await startTestServer();
  gateway = await gatewayFor(server.url, 'tech06');
});
afterAll(async () => {
  gateway.close();
  await server.stop();
});

describe('an expired session', () => {
  it('is refused with 401; the gateway says so, sends nothing more, and resumes after signing in again', async () => {
    await eventually('online', async () => (await gateway['sync:status']({})).connection.state === 'online');
    await server.db.query("UPDATE sessions SET expires_at = now() - interval '1 second'");

    const me = (await gateway['auth:session']({}))?.user.id ?? '';
    const wo = newWorkOrder({ title: 'Written while the session ran out', createdBy: me });
    const row = { assumedMasterState: null, newDocumentState: wo };
    await expect(gateway['sync:push']({ collection: 'work-orders', rows: [row] })).rejects.toMatchObject({ kind: 'expired' });
    const status = await gateway['sync:status']({});
    expect(status.connection).toEqual({ state: 'expired' });
    expect(status.lastError).toMatch(/sign in again/);
    await expect(gateway['sync:pull']({ collection: 'work-orders', checkpoint: { seq: 0 }, limit: 1 })).rejects.toMatchObject({ kind: 'expired' });

    const session = await gateway['auth:session']({});
    expect(session?.user.username).toBe('tech06');
    await gateway['auth:login']({ serverUrl: server.url, username: 'tech06', password: 'fielddesk' });
    expect(await gateway['sync:push']({ collection: 'work-orders', rows: [row] })).toEqual([]);
    const { rows } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'work-orders' AND id = $1", [wo.id]);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
