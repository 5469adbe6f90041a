import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collections } from '@shared/schema/collections';
import { createValidator } from '@shared/schema/validate';
import { referenceKinds, type ReferenceDoc } from '@shared/schema/reference.schema';
import { readShippedEntries } from '@shared/schema/reference-shipped';
import { rosaFindings } from '@shared/domain/ergonomics/rosa-findings';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, removeDatabase } from '../../../../src-renderer/db/database';
import { newWorkOrder } from '../../../support/documents';

const dir = fileURLToPath(new URL('../../../../resources/reference', import.meta.url));
const at = '2026-03-02T10:00:00.000Z';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const shipped = files.flatMap((file) => {
  const read = readShippedEntries(JSON.parse(readFileSync(join(dir, file), 'utf8')), at);
  return 'docs' in read ? read.docs : [];
});
const ofKind = (kind: ReferenceDoc['kind']) => shipped.filter((d) => d.kind === kind);

describe('the reference data shipped in resources/reference', () => {
  it.each(files)('%s holds versions the shared schema and rules accept', (file) => {
    const read = readShippedEntries(JSON.parse(readFileSync(join(dir, file), 'utf8')), at);
    expect('violation' in read ? read.violation : null).toBeNull();
  });

  it('has every kind, and one version of each item', () => {
    expect(new Set(shipped.map((d) => d.kind))).toEqual(new Set(referenceKinds));
    expect(new Set(shipped.map((d) => `${d.kind}/${d.key}`)).size).toBe(shipped.length);
  });

  it('keeps the work-order categories of the fixed list it replaced, under the same keys, and the equipment requests of assessments', () => {
    expect(ofKind('work-order-category').map((d) => d.key)).toEqual([
      'password-account', 'desktop-hardware', 'software', 'network', 'printer-peripheral', 'phone-voicemail', 'email', 'other', 'ergonomic-equipment',
    ]);
  });

  it('offers checklists only for categories it ships', () => {
    const categories = new Set(ofKind('work-order-category').map((d) => d.key));
    expect(ofKind('checklist-template').flatMap((d) => d.checklist?.categories ?? []).filter((c) => !categories.has(c))).toEqual([]);
  });

  it('recommends something for every ROSA finding, and names the method\'s source', () => {
    const [catalogue] = ofKind('recommendation-catalogue');
    const answered = new Set(catalogue?.catalogue?.recommendations.flatMap((r) => r.findings));
    expect(rosaFindings.filter((f) => !answered.has(f))).toEqual([]);
    expect(catalogue?.catalogue?.source).toMatch(/Sonne.*2012/);
  });

  it('fits the local database with RxDB\'s development checks on', async () => {
    const db = await openDatabase('reference-test', { storage: getRxStorageMemory(), name: `reference-${Date.now()}`, collections: ['reference', 'work-orders'], bookkeeping: { indexedDB, IDBKeyRange } });
    try {
      await db.reference.bulkInsert(shipped);
      expect(await db.reference.count().exec()).toBe(shipped.length);
      await db.work_orders.insert(newWorkOrder({ createdBy: 'user-1', category: 'network' }));
      // The checks are on: a policy missing a priority's target is refused on the device too.
      const broken = { ...policy, id: 'broken', slaPolicy: { ...sla, targets: { 1: sla.targets[1] } } };
      await expect(db.reference.insert(broken as ReferenceDoc)).rejects.toThrow();
    } finally {
      await removeDatabase(db);
    }
  });
});

const validate = createValidator(collections.reference.schema);
const check = (doc: unknown) => validate(doc) ?? collections.reference.check?.(doc as ReferenceDoc) ?? null;
const policy = ofKind('sla-policy')[0] as ReferenceDoc;
const sla = policy.slaPolicy as NonNullable<ReferenceDoc['slaPolicy']>;
const withPolicy = (change: Record<string, unknown>) => ({ ...policy, slaPolicy: { ...sla, ...change } });
const withCalendar = (change: Record<string, unknown>) => withPolicy({ calendar: { ...sla.calendar, ...change } });
const category = ofKind('work-order-category')[0] as ReferenceDoc;
const tag = ofKind('tag-format')[0] as ReferenceDoc;
const catalogue = ofKind('recommendation-catalogue')[0] as ReferenceDoc;
const closed = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };

describe('a reference document', () => {
  it.each([
    ['an amber threshold of 100 %', withPolicy({ warnAt: 1 }), 'slaPolicy.warnAt'],
    ['a target of no time', withPolicy({ targets: { ...sla.targets, 3: { responseMinutes: 0, resolutionMinutes: 60 } } }), 'slaPolicy.targets.3.responseMinutes'],
    ['a priority missing its target', withPolicy({ targets: { 1: sla.targets[1] } }), 'slaPolicy.targets.2'],
    ['an unknown hold reason', withPolicy({ pauseOn: ['gone-fishing'] }), 'slaPolicy.pauseOn.0'],
    ['an unknown time zone', withCalendar({ timeZone: 'Mars/Olympus_Mons' }), 'slaPolicy.calendar.timeZone'],
    ['business hours without a time zone', withCalendar({ timeZone: undefined }), 'slaPolicy.calendar.timeZone'],
    ['a day that ends before it starts', withCalendar({ hours: { ...sla.calendar.hours, tue: ['17:00', '08:00'] } }), 'slaPolicy.calendar.hours.tue'],
    ['a time that is not HH:MM', withCalendar({ hours: { ...sla.calendar.hours, wed: ['8:00', '17:00'] } }), 'slaPolicy.calendar.hours.wed.0'],
    ['a week closed every day', withCalendar({ hours: closed }), 'slaPolicy.calendar.hours'],
    ['a holiday that is not a date', withCalendar({ holidays: ['2026-12-25', '2026-02-30'] }), 'slaPolicy.calendar.holidays.1'],
    ['around the clock with business hours', withCalendar({ kind: '24x7', timeZone: undefined, holidays: undefined }), 'slaPolicy.calendar.hours'],
    ['a kind without its content', { ...policy, slaPolicy: undefined }, 'slaPolicy'],
    ['the content of another kind', { ...policy, tagFormat: tag.tagFormat }, 'tagFormat'],
    ['a key in capitals', { ...category, key: 'Network' }, 'key'],
    ['two questions with one id', { ...category, category: { description: '', questions: [{ id: 'a', text: 'A?', answer: 'yes-no' }, { id: 'a', text: 'B?', answer: 'text' }] } }, 'category.questions.1.id'],
    ['a choice question without choices', { ...category, category: { description: '', questions: [{ id: 'a', text: 'Which?', answer: 'choice' }] } }, 'category.questions.0.choices'],
    ['a tag pattern that does not compile', { ...tag, tagFormat: { ...tag.tagFormat, pattern: 'CTY-[0-9' } }, 'tagFormat.pattern'],
    ['an example the tag pattern refuses', { ...tag, tagFormat: { ...tag.tagFormat, example: 'CTY-12' } }, 'tagFormat.example'],
    ['a recommendation for a finding ROSA does not have', { ...catalogue, catalogue: { ...catalogue.catalogue, recommendations: [{ id: 'x', findings: ['chair.colour'], text: 'Paint it.' }] } }, 'catalogue.recommendations.0.findings.0'],
  ])('is refused with %s, naming the field', (_, doc, field) => {
    const plain = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(check(plain)?.field).toBe(field);
  });

  it('may run around the clock', () => {
    expect(check(withPolicy({ calendar: { kind: '24x7' } }))).toBeNull();
  });

  it.each([
    ['not a list', { kind: 'sla-policy' }, { field: '' }],
    ['an entry that sets its own id', [{ ...policy, shipped: undefined, createdAt: undefined, updatedAt: undefined }], { entry: 0, field: 'id' }],
    ['an entry that is not an object', [policy.slaPolicy, 'x'].slice(1), { entry: 0, field: '' }],
  ])('in a file of shipped versions is refused when %s', (_, json, where) => {
    const read = readShippedEntries(JSON.parse(JSON.stringify(json)), at);
    expect('violation' in read ? read.violation : null).toMatchObject(where);
  });
});
