import { afterEach, describe, expect, it } from 'vitest';
import { addRxPlugin, createRxDatabase, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { checkNote, workOrderNoteMigrations, workOrderNoteSchema, type WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { legacyStatusSteps, legacyStatusText, parseLegacyStatusText } from '@shared/schema/legacy-status-text';
import { createValidator } from '@shared/schema/validate';

addRxPlugin(RxDBMigrationSchemaPlugin);

/** The note schema as version 1 of the app stored it: status changes as free text only. */
const { statusChange, lostStatus, ...v1Properties } = workOrderNoteSchema.properties;
const noteSchemaV1 = { ...workOrderNoteSchema, version: 1, properties: v1Properties };

const at = '2026-11-23T08:00:00.000Z';
const old = (id: string, kind: WorkOrderNote['kind'], text: string) => ({ id, workOrderId: 'wo-1', authorId: 'ana', authorName: 'Ana', kind, text, createdAt: at, updatedAt: at });

let opened: RxDatabase[] = [];
afterEach(async () => {
  for (const db of opened) await db.close();
  opened = [];
});

async function openNotes(name: string, schema: object, migrationStrategies?: object) {
  const db = await createRxDatabase({ name, storage: getRxStorageMemory() });
  opened.push(db);
  await db.addCollections({ work_order_notes: { schema, ...(migrationStrategies ? { migrationStrategies } : {}) } } as never);
  return db.collections.work_order_notes!;
}

describe('a device\'s stored notes, on upgrade to note schema 2', () => {
  it('turn free-text status notes into structured ones; any other text becomes a plain note', async () => {
    const name = `notes-${Date.now()}`;
    const before = await openNotes(name, noteSchemaV1);
    await before.bulkInsert([
      old('s1', 'status-change', 'Status: Assigned → In progress'),
      old('s2', 'status-change', 'Status: In progress → On hold: Waiting for parts'),
      old('s3', 'status-change', 'Status: Assigned → Somewhere else'),
      old('n1', 'note', 'Status: Assigned → In progress'),
      old('c1', 'client-update', 'Told the client'),
    ]);
    await opened.pop()!.close();

    const after = await openNotes(name, workOrderNoteSchema, workOrderNoteMigrations);
    const byId = new Map((await after.find().exec()).map((d) => [d.id, d.toJSON() as WorkOrderNote]));
    expect(byId.get('s1')).toMatchObject({ kind: 'status-change', text: 'Status: Assigned → In progress', statusChange: { from: 'assigned', to: 'in-progress', at } });
    expect(byId.get('s1')?.statusChange).not.toHaveProperty('holdReason');
    expect(byId.get('s2')?.statusChange).toEqual({ from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-parts', at });
    expect(byId.get('s3')).toMatchObject({ kind: 'note', text: 'Status: Assigned → Somewhere else' });
    expect(byId.get('s3')).not.toHaveProperty('statusChange');
    expect(byId.get('n1')).toEqual(expect.objectContaining({ kind: 'note' }));
    expect(byId.get('n1')).not.toHaveProperty('statusChange');
    expect(byId.get('c1')).toMatchObject({ kind: 'client-update', text: 'Told the client' });
    const valid = createValidator(workOrderNoteSchema);
    for (const note of byId.values()) expect([valid(note), checkNote(note)]).toEqual([null, null]);
  });
});

describe('the texts the old app wrote', () => {
  it('read back as the step they were written for, every one', () => {
    for (const step of legacyStatusSteps) expect(parseLegacyStatusText(legacyStatusText(step))).toEqual(step);
  });

  it.each(['Status: In progress → On hold', 'Status: Assigned → In progress ', 'status: Assigned → In progress', 'Assigned → In progress'])('not "%s"', (text) => {
    expect(parseLegacyStatusText(text)).toBeNull();
  });
});

describe('the rules of a timeline entry', () => {
  const entry = (changes: Partial<WorkOrderNote>): WorkOrderNote => ({ ...old('e', 'note', 'x'), ...changes });
  const step = { from: 'in-progress', to: 'on-hold', holdReason: 'scheduled', at } as const;
  it.each<[string, Partial<WorkOrderNote>, string | null]>([
    ['a plain note', {}, null],
    ['a status change with its step', { kind: 'status-change', statusChange: step }, null],
    ['a status change without its step', { kind: 'status-change' }, 'statusChange'],
    ['a note carrying a step', { statusChange: step }, 'statusChange'],
    ['a hold without a reason', { kind: 'status-change', statusChange: { from: 'in-progress', to: 'on-hold', at } }, 'statusChange.holdReason'],
    ['a reason without a hold', { kind: 'status-change', statusChange: { ...step, to: 'resolved' } }, 'statusChange.holdReason'],
    ['a lost status on an overridden edit', { kind: 'overridden-edit', lostStatus: { to: 'closed', version: at } }, null],
    ['a lost status on a note', { lostStatus: { to: 'closed', version: at } }, 'lostStatus'],
    ['a referral with its reason', { kind: 'referral', referral: { fromLevel: 1, level: 2, reason: 'Needs a switch configured', tried: 'Cable, link lights' } }, null],
    ['a referral without its part', { kind: 'referral' }, 'referral'],
    ['a referral with a blank reason', { kind: 'referral', referral: { fromLevel: 1, level: 2, reason: '  ', tried: '' } }, 'referral.reason'],
    ['a referral to the same level', { kind: 'referral', referral: { fromLevel: 2, level: 2, reason: 'x', tried: '' } }, 'referral.level'],
    ['a note carrying a referral', { referral: { fromLevel: 1, level: 2, reason: 'x', tried: '' } }, 'referral'],
    ['a client update with its contact', { kind: 'client-update', contact: { channel: 'phone', promised: 'by Friday noon' } }, null],
    ['a client update from before contacts', { kind: 'client-update' }, null],
    ['a note carrying a contact', { contact: { channel: 'email', promised: '' } }, 'contact'],
    ['a time entry', { kind: 'time-entry', time: { from: at, to: '2026-11-23T08:30:00.000Z', timer: true } }, null],
    ['a time entry without its time', { kind: 'time-entry' }, 'time'],
    ['a time entry ending as it starts', { kind: 'time-entry', time: { from: at, to: at, timer: false } }, 'time.to'],
    ['a checklist answer', { kind: 'checklist-answer', checklistAnswer: { template: 'network-outage', version: 1, step: 'cable', value: 'no' } }, null],
    ['a checklist answer without its part', { kind: 'checklist-answer' }, 'checklistAnswer'],
    ['a note carrying a checklist answer', { checklistAnswer: { template: 'network-outage', version: 1, step: 'cable', value: 'no' } }, 'checklistAnswer'],
    ['a checklist outcome', { kind: 'checklist-outcome', checklistOutcome: { template: 'network-outage', version: 1, exit: 'adapter-or-switch', outcome: 'escalate' } }, null],
    ['a checklist outcome without its part', { kind: 'checklist-outcome' }, 'checklistOutcome'],
    ['a checklist answer carrying an outcome', { kind: 'checklist-answer', checklistAnswer: { template: 'network-outage', version: 1, step: 'cable', value: 'no' }, checklistOutcome: { template: 'network-outage', version: 1, exit: 'x', outcome: 'resolved' } }, 'checklistOutcome'],
  ])('%s', (_, changes, field) => {
    expect(checkNote(entry(changes))?.field ?? null).toBe(field);
  });
});
