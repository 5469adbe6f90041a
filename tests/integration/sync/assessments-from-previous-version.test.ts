import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentFromV0 } from '@shared/schema/ergonomic-assessment.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { assessmentsToAnswersSql } from '../../../src-server/db/assessments-to-answers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe("the server's migration 10 and a device's migration of a first-version assessment", () => {
  it('give the same document, so nothing conflicts and nothing is pulled again', async () => {
    const old = {
      id: 'ea-old-1', siteId: 'site-001', building: 'Main', room: '210', employeeName: 'Dana Whitfield', assessorId: 'user-1', method: 'rosa' as const,
      status: 'final' as const, items: { A1: 2, B1: 3 }, scores: { chair: 3, final: 4 }, recommendations: ['Raise the seat.', '', 'Provide a headset.'],
      assessedAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:30:00.000Z',
    };
    await server.db.query("INSERT INTO documents (collection, id, seq, data) VALUES ('ergonomic-assessments', $1, 1, $2::jsonb)", [old.id, JSON.stringify(old)]);
    // The migration ran at start on an empty table; run it again over the first-version document.
    await server.db.query(assessmentsToAnswersSql);
    const { rows } = await server.db.query<{ data: unknown }>("SELECT data FROM documents WHERE collection = 'ergonomic-assessments' AND id = $1", [old.id]);
    expect(rows[0]?.data).toEqual(assessmentFromV0(old));
  });
});
