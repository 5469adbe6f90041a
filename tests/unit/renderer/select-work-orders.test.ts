import { describe, expect, it } from 'vitest';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { selectWorkOrders, type Selection } from '../../../src-renderer/features/work-orders/select-work-orders';
import { teamEntries } from '../../../src-renderer/features/work-orders/team-groups';

const base = { requester: { name: 'Pat Lee' } };
const wo = (w: Partial<WorkOrder> & Pick<WorkOrder, 'id'>): WorkOrder => ({ ...base, title: w.id, siteId: 's1', status: 'assigned', priority: 3, assigneeId: '', supportLevel: 1, updatedAt: '2026-02-01T00:00:00.000Z', ...w }) as WorkOrder;
const all = [
  wo({ id: 'a', number: 10003, title: 'Printer jam', assigneeId: 'me', priority: 2, status: 'in-progress', updatedAt: '2026-02-03T00:00:00.000Z' }),
  wo({ id: 'b', number: 10001, title: 'No network', assigneeId: 'ben', priority: 1, siteId: 's2' }),
  wo({ id: 'c', number: 10002, title: 'Monitor flickers', priority: 3, status: 'new', updatedAt: '2026-02-05T00:00:00.000Z' }),
  wo({ id: 'd', number: 10004, title: 'Old laptop', assigneeId: 'me', status: 'closed' }),
  wo({ id: 'e', title: 'Made offline, not numbered yet', assigneeId: 'me', priority: 4 }),
];
const names = { sites: new Map([['s1', 'Courthouse'], ['s2', 'Annex']]), people: new Map([['me', 'Ana Morales'], ['ben', 'Ben Okafor']]) };
const everyone: Selection = { scope: 'everyone', status: 'open', priority: null, siteId: null, text: '', sort: 'priority', direction: 'asc' };
const ids = (s: Partial<Selection>) => selectWorkOrders(all, { ...everyone, ...s }, 'me', names).rows.map((w) => w.id);

describe('the work-order list: filters, counts and sorts in memory', () => {
  it.each<[string, Partial<Selection>, string[]]>([
    ['open ones by priority', {}, ['b', 'a', 'c', 'e']],
    ['mine', { scope: 'mine' }, ['a', 'e']],
    ['unassigned', { scope: 'unassigned' }, ['c']],
    ['any status includes the closed one', { status: 'all', sort: 'number' }, ['b', 'c', 'a', 'd', 'e']],
    ['one status', { status: 'new' }, ['c']],
    ['a site', { siteId: 's2' }, ['b']],
    ['words of the title or the site, in any case', { text: 'ANNEX network' }, ['b']],
    ['the number as shown', { text: 'wo-10002' }, ['c']],
    ['by number, newest first: the unnumbered one is newest', { sort: 'number', direction: 'desc' }, ['e', 'a', 'c', 'b']],
    ['by title A to Z', { sort: 'title' }, ['e', 'c', 'b', 'a']],
    ['by assignee: unassigned first, then by name', { sort: 'assignee' }, ['c', 'a', 'e', 'b']],
    ['by status, in the order of the lifecycle', { sort: 'status' }, ['c', 'b', 'e', 'a']],
    ['by last update, latest first', { sort: 'updated', direction: 'desc' }, ['c', 'a', 'b', 'e']],
    ['by site name, ties by deadline then number', { sort: 'site' }, ['b', 'c', 'a', 'e']],
  ])('%s', (_, selection, expected) => {
    expect(ids(selection)).toEqual(expected);
  });

  it('counts each scope under the other filters, whichever scope is shown', () => {
    expect(selectWorkOrders(all, { ...everyone, scope: 'unassigned' }, 'me', names).counts).toEqual({ team: 4, mine: 2, unassigned: 1, everyone: 4 });
    expect(selectWorkOrders(all, { ...everyone, status: 'all' }, 'me', names).counts).toEqual({ team: 5, mine: 3, unassigned: 1, everyone: 5 });
  });

  it('due soonest: in the order the clocks give, either way; ties by number', () => {
    const due = (w: WorkOrder) => ({ a: 5, b: 1, c: 3, e: 3 })[w.id] ?? 9;
    const sorted = (direction: 'asc' | 'desc') => selectWorkOrders(all, { ...everyone, sort: 'due', direction }, 'me', names, undefined, due).rows.map((w) => w.id);
    expect(sorted('asc')).toEqual(['b', 'c', 'e', 'a']);
    expect(sorted('desc')).toEqual(['a', 'c', 'e', 'b']);
  });
});

describe('the team queue and the levels', () => {
  const queue = [
    ...all,
    wo({ id: 'f', number: 10005, title: 'Switch down', priority: 1, status: 'new', supportLevel: 2 }),
    wo({ id: 'g', number: 10006, title: 'Slow laptop', assigneeId: 'ben', priority: 3 }),
  ];
  it('groups everyone\'s work by who holds it, unassigned first, then by name, the chosen sort within each group', () => {
    const { rows } = selectWorkOrders(queue, { ...everyone, scope: 'team' }, 'me', names);
    expect(rows.map((w) => w.id)).toEqual(['f', 'c', 'a', 'e', 'b', 'g']);
    expect(teamEntries(rows, names).flatMap((e) => (e.kind === 'group' ? [`${e.group.label} ${e.group.count}`] : []))).toEqual(['Unassigned 2', 'Ana Morales 2', 'Ben Okafor 2']);
  });

  it("shows a technician only the unassigned work of their level or below, a supervisor all of it", () => {
    const unassigned = (level?: number) => selectWorkOrders(queue, { ...everyone, scope: 'unassigned' }, 'me', names, level);
    expect(unassigned(1).rows.map((w) => w.id)).toEqual(['c']);
    expect(unassigned(1).counts.unassigned).toBe(1);
    expect(unassigned(2).rows.map((w) => w.id)).toEqual(['f', 'c']);
    expect(unassigned(undefined).rows.map((w) => w.id)).toEqual(['f', 'c']);
  });
});
