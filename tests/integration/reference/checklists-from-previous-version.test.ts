import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { migrate } from '../../../src-server/db/migrations';
import { checklistFromItems } from '@shared/schema/legacy-checklist';
import { checklistTemplateProblems, type ChecklistTemplate } from '@shared/domain/checklist-template';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

// A county's own template, saved while checklists were flat lists (reference schema version 0).
const legacy = {
  id: 'legacy-checklist-1', kind: 'checklist-template', key: 'badge-printer', version: 1, name: 'Badge printer visit',
  createdBy: 'someone', createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z',
  checklist: {
    description: 'Our own.', categories: ['printer-peripheral'],
    items: [
      { id: 'ribbon', text: 'Ribbon replaced', answer: 'check', required: true },
      { id: 'test-card', text: 'A test card printed', answer: 'yes-no', required: true },
    ],
  },
};

describe('checklist templates stored before they could branch', () => {
  it('become steps at the next start (migration 11), the same document a device migrates to, without a new sequence number', async () => {
    await server.db.query("INSERT INTO documents (collection, id, seq, data, deleted) VALUES ('reference', $1, 1000000, $2::jsonb, false)", [legacy.id, JSON.stringify(legacy)]);
    await server.db.query('DELETE FROM schema_migrations WHERE version = 11');
    await migrate(server.db);
    const { rows } = await server.db.query<{ seq: string; data: { checklist: ChecklistTemplate } }>("SELECT seq, data FROM documents WHERE id = $1", [legacy.id]);
    expect(Number(rows[0]?.seq)).toBe(1000000);
    expect(rows[0]?.data).toEqual(checklistFromItems(legacy));
    expect(checklistTemplateProblems(rows[0]!.data.checklist)).toEqual([]);
  });
});
