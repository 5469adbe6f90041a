import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { bulkLoad } from '../../../src-server/seed/bulk-load';
import { newAssessment, newAsset, newNote, newWorkOrder } from '../../support/documents';
import { setSafetyOfficer } from '../../support/accounts';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { newSlaPolicyVersion, shippedEntries } from '../../support/reference';
import { newCampaign, newScan, newSweep } from '../../support/inventory';

/** A role, or a technician an admin made a safety officer (a permission, not a role: DECISIONS #13). */
type Role = 'technician' | 'supervisor' | 'admin' | 'safety officer';
type Ctx = { me: string; other: string };
type Case = {
  role: Role;
  collection: CollectionName;
  operation: string;
  /** The stored document the write starts from (loaded straight into the database unless it exists), if any. */
  before?: (c: Ctx) => Record<string, unknown>;
  after: (c: Ctx, before: Record<string, unknown>) => Record<string, unknown>;
  expected: 'allowed' | { status: number; field: string };
  /** More to check of the stored copy of an allowed write. */
  stored?: (doc: WireDoc) => void;
};

const now = () => new Date(Date.now() + 1000).toISOString();
const site = () => ({ id: `site-t-${Math.random().toString(36).slice(2)}`, code: 'T', name: 'Test', address: '', buildings: [], updatedAt: now(), _deleted: false });
const profile = (c: Ctx) => ({ id: c.other });
const employee = (overrides: Record<string, unknown> = {}) => () => ({ id: `employee-t-${Math.random().toString(36).slice(2)}`, kind: 'employee', name: 'Pat Doe', department: 'Roads', jobTitle: 'Clerk I', updatedAt: now(), _deleted: false, ...overrides });
const assessment = (assessorId: string, overrides: Partial<ErgonomicAssessment> = {}) => newAssessment(assessorId, { id: `ea-${Math.random().toString(36).slice(2)}`, ...overrides, assessedAt: now(), updatedAt: now() });
const ideal = { base: 'ok' as const, duration: 0 as const };
const completeRosa = { chair: { seatHeight: { base: 'ok' }, seatDepth: { base: 'ok' }, armrests: { base: 'ok' }, backSupport: { base: 'ok' }, duration: 0 }, monitor: ideal, telephone: ideal, mouse: ideal, keyboard: ideal } as const;
const wo = (createdBy: string, overrides: Partial<WorkOrder> = {}) => newWorkOrder({ ...overrides, createdBy });
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
/** Whether a stored time is the server's clock at the push (the test's now, give or take a minute), not the device's. */
const onServerClock = (time: unknown) => Math.abs(Date.parse(String(time)) - Date.now()) < 60_000;
const edit = (changes: Record<string, unknown>) => (_: Ctx, before: Record<string, unknown>) => ({ ...before, ...changes, updatedAt: now() });
const deny = (field: string, status = 403) => ({ status, field });
const policy = (createdBy: string, overrides: Record<string, unknown> = {}) => newSlaPolicyVersion(createdBy, overrides);
const shippedPolicy = shippedEntries().find((e) => e.kind === 'sla-policy')?.slaPolicy;
const settings = (createdBy: string, clientUpdateEveryHours: number) =>
  newSlaPolicyVersion(createdBy, { kind: 'work-order-settings', key: 'county', name: 'Work-order settings', slaPolicy: undefined, workOrderSettings: { clientUpdateEveryHours } });

const cases: Case[] = [
  { role: 'technician', collection: 'sites', operation: 'create', after: site, expected: deny('') },
  { role: 'supervisor', collection: 'sites', operation: 'create', after: site, expected: 'allowed' },
  { role: 'technician', collection: 'sites', operation: 'delete', before: site, after: edit({ _deleted: true }), expected: deny('') },
  { role: 'supervisor', collection: 'sites', operation: 'delete', before: site, after: edit({ _deleted: true }), expected: 'allowed' },
  { role: 'technician', collection: 'users', operation: 'update', before: profile, after: edit({ name: 'Renamed' }), expected: deny('') },
  { role: 'supervisor', collection: 'users', operation: 'update', before: profile, after: edit({ name: 'Renamed' }), expected: deny('') },
  { role: 'admin', collection: 'users', operation: 'update', before: profile, after: edit({ name: 'Renamed' }), expected: 'allowed' },
  { role: 'admin', collection: 'users', operation: 'create a county employee', after: employee(), expected: 'allowed' },
  { role: 'supervisor', collection: 'users', operation: 'create a county employee', after: employee(), expected: deny('') },
  { role: 'admin', collection: 'users', operation: 'create a county employee with a role', after: employee({ role: 'technician' }), expected: deny('role', 400) },
  { role: 'admin', collection: 'users', operation: 'create staff with no user name', after: employee({ kind: 'staff', role: 'technician', level: 1 }), expected: deny('username', 400) },

  { role: 'technician', collection: 'work-orders', operation: 'create unassigned', after: (c) => wo(c.me), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'create for a colleague', after: (c) => wo(c.me, { assigneeId: c.other }), expected: deny('assigneeId') },
  { role: 'technician', collection: 'work-orders', operation: "create in a colleague's name", after: (c) => wo(c.other), expected: deny('createdBy') },
  { role: 'technician', collection: 'work-orders', operation: 'change who created it', before: (c) => wo(c.me), after: (c, b) => ({ ...b, createdBy: c.other, updatedAt: now() }), expected: deny('createdBy') },
  { role: 'supervisor', collection: 'work-orders', operation: "create in a colleague's name", after: (c) => wo(c.other), expected: deny('createdBy') },
  { role: 'technician', collection: 'work-orders', operation: 'edit in a colleague\'s name (updatedBy)', before: (c) => wo(c.me), after: (c, b) => ({ ...b, title: 'Renamed', updatedBy: c.other, updatedAt: now() }), expected: deny('updatedBy') },
  { role: 'technician', collection: 'work-orders', operation: 'edit keeping the updatedBy of the edit it kept', before: (c) => wo(c.me, { updatedBy: c.other }), after: edit({ title: 'Renamed' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'change status', before: (c) => wo(c.me, { assigneeId: c.me, status: 'assigned' }), after: edit({ status: 'in-progress' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'take unassigned work', before: (c) => wo(c.other), after: (c, b) => ({ ...b, assigneeId: c.me, status: 'assigned', updatedAt: now() }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'reassign to a colleague', before: (c) => wo(c.me, { assigneeId: c.me, status: 'assigned' }), after: (c, b) => ({ ...b, assigneeId: c.other, updatedAt: now() }), expected: deny('assigneeId') },
  { role: 'technician', collection: 'work-orders', operation: "take a colleague's work", before: (c) => wo(c.me, { assigneeId: c.other, status: 'assigned' }), after: (c, b) => ({ ...b, assigneeId: c.me, updatedAt: now() }), expected: deny('assigneeId') },
  { role: 'technician', collection: 'work-orders', operation: 'delete', before: (c) => wo(c.me), after: edit({ _deleted: true }), expected: deny('_deleted') },
  { role: 'supervisor', collection: 'work-orders', operation: 'reassign to a colleague', before: (c) => wo(c.me, { assigneeId: c.me, status: 'assigned' }), after: (c, b) => ({ ...b, assigneeId: c.other, updatedAt: now() }), expected: 'allowed' },
  { role: 'supervisor', collection: 'work-orders', operation: 'delete', before: (c) => wo(c.me), after: edit({ _deleted: true }), expected: 'allowed' },

  // The lifecycle (src-shared/domain/work-order-lifecycle.ts): offline steps arrive squashed.
  { role: 'technician', collection: 'work-orders', operation: 'assigned -> resolved (squashed: in progress, then resolved)', before: (c) => wo(c.other, { assigneeId: c.me, status: 'assigned' }), after: edit({ status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Replaced the fuser.' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'create already resolved (taken, worked and resolved offline)', after: (c) => wo(c.me, { assigneeId: c.me, status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Reset the password.' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'in progress -> assigned (no such path)', before: (c) => wo(c.other, { assigneeId: c.me, status: 'in-progress' }), after: edit({ status: 'assigned' }), expected: deny('status') },
  { role: 'supervisor', collection: 'work-orders', operation: 'resolved -> new (no such path)', before: (c) => wo(c.me, { assigneeId: c.other, status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Done.' }), after: edit({ status: 'new', assigneeId: '' }), expected: deny('status') },
  { role: 'technician', collection: 'work-orders', operation: 'reopen a closed work order', before: (c) => wo(c.other, { assigneeId: c.me, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Done.' }), after: edit({ status: 'in-progress' }), expected: deny('status') },
  { role: 'supervisor', collection: 'work-orders', operation: 'reopen a closed work order', before: (c) => wo(c.me, { assigneeId: c.other, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Done.' }), after: edit({ status: 'resolved' }), expected: deny('status') },
  { role: 'supervisor', collection: 'work-orders', operation: 'revive a cancelled work order', before: (c) => wo(c.me, { status: 'cancelled' }), after: edit({ status: 'new' }), expected: deny('status') },
  { role: 'technician', collection: 'work-orders', operation: 'close resolved work', before: (c) => wo(c.other, { assigneeId: c.me, status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Done.' }), after: edit({ status: 'closed' }), expected: deny('status') },
  { role: 'supervisor', collection: 'work-orders', operation: 'close resolved work', before: (c) => wo(c.me, { assigneeId: c.other, status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Done.' }), after: edit({ status: 'closed' }), expected: 'allowed' },
  { role: 'supervisor', collection: 'work-orders', operation: 'assigned -> closed (squashed)', before: (c) => wo(c.me, { assigneeId: c.other, status: 'assigned' }), after: edit({ status: 'closed', resolutionCode: 'other', resolutionSummary: 'Fixed by phone.' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'cancel a new work order they created (a duplicate)', before: (c) => wo(c.me), after: edit({ status: 'cancelled' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: "cancel a colleague's new work order", before: (c) => wo(c.other), after: edit({ status: 'cancelled' }), expected: deny('status') },
  { role: 'technician', collection: 'work-orders', operation: 'cancel their own work order once assigned', before: (c) => wo(c.me, { assigneeId: c.me, status: 'assigned' }), after: edit({ status: 'cancelled' }), expected: deny('status') },
  { role: 'supervisor', collection: 'work-orders', operation: 'cancel work in progress', before: (c) => wo(c.other, { assigneeId: c.other, status: 'in-progress' }), after: edit({ status: 'cancelled' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'set assigned with no assignee', before: (c) => wo(c.me), after: edit({ status: 'assigned' }), expected: deny('assigneeId', 400) },
  { role: 'supervisor', collection: 'work-orders', operation: 'create assigned with no assignee', after: (c) => wo(c.me, { status: 'assigned' }), expected: deny('assigneeId', 400) },
  { role: 'supervisor', collection: 'work-orders', operation: 'unassign work in progress', before: (c) => wo(c.me, { assigneeId: c.other, status: 'in-progress' }), after: edit({ assigneeId: '' }), expected: deny('assigneeId', 400) },
  { role: 'technician', collection: 'work-orders', operation: 'resolve without a resolution', before: (c) => wo(c.other, { assigneeId: c.me, status: 'in-progress' }), after: edit({ status: 'resolved' }), expected: deny('resolutionCode', 400) },
  { role: 'technician', collection: 'work-orders', operation: 'resolve with a code but no summary', before: (c) => wo(c.other, { assigneeId: c.me, status: 'in-progress' }), after: edit({ status: 'resolved', resolutionCode: 'hardware-replaced' }), expected: deny('resolutionSummary', 400) },
  { role: 'technician', collection: 'work-orders', operation: 'resolve with a code the county does not have', before: (c) => wo(c.other, { assigneeId: c.me, status: 'in-progress' }), after: edit({ status: 'resolved', resolutionCode: 'magic', resolutionSummary: 'It fixed itself.' }), expected: deny('resolutionCode', 400) },

  // Device clocks: a time too far ahead is the server's time on arrival, and the push goes through.
  { role: 'technician', collection: 'work-orders', operation: 'edit stamped 2099', before: (c) => wo(c.me), after: (_, b) => ({ ...b, title: 'From a laptop with a wrong clock', updatedAt: '2099-01-01T00:00:00.000Z' }), expected: 'allowed', stored: (s) => expect(onServerClock(s.updatedAt)).toBe(true) },
  { role: 'technician', collection: 'work-orders', operation: 'create stamped 2099', after: (c) => wo(c.me, { createdAt: '2099-01-01T00:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z' }), expected: 'allowed', stored: (s) => expect([onServerClock(s.createdAt), onServerClock(s.updatedAt)]).toEqual([true, true]) },
  { role: 'technician', collection: 'work-orders', operation: 'edit stamped four minutes ahead (kept)', before: (c) => wo(c.me), after: (_, b) => ({ ...b, title: 'A clock a little fast', updatedAt: inMinutes(4) }), expected: 'allowed', stored: (s) => expect(onServerClock(s.updatedAt)).toBe(false) },
  { role: 'technician', collection: 'assets', operation: 'verify stamped 2099', before: () => newAsset(), after: (c, b) => ({ ...b, lastVerifiedAt: '2099-01-01T00:00:00.000Z', lastVerifiedBy: c.me, updatedAt: '2099-01-01T00:00:00.000Z' }), expected: 'allowed', stored: (s) => expect([onServerClock(s.lastVerifiedAt), onServerClock(s.updatedAt)]).toEqual([true, true]) },

  { role: 'technician', collection: 'work-order-notes', operation: 'create as self', after: (c) => newNote('wo-x', { authorId: c.me }), expected: 'allowed' },
  { role: 'technician', collection: 'work-order-notes', operation: 'create as a colleague', after: (c) => newNote('wo-x', { authorId: c.other }), expected: deny('authorId') },
  { role: 'technician', collection: 'work-order-notes', operation: 'delete', before: (c) => newNote('wo-x', { authorId: c.me }), after: edit({ _deleted: true }), expected: deny('_deleted') },

  { role: 'technician', collection: 'assets', operation: 'create without cost', after: () => newAsset(), expected: 'allowed' },
  { role: 'technician', collection: 'assets', operation: "create in a colleague's name (updatedBy)", after: (c) => newAsset({ updatedBy: c.other }), expected: deny('updatedBy') },
  { role: 'technician', collection: 'assets', operation: 'create with a cost', after: () => newAsset({ cost: 120_000 }), expected: deny('cost') },
  { role: 'technician', collection: 'assets', operation: 'move to another room', before: () => newAsset({ cost: 50_000 }), after: edit({ room: '204' }), expected: 'allowed' },
  { role: 'technician', collection: 'assets', operation: 'change cost', before: () => newAsset({ cost: 50_000 }), after: edit({ cost: 1 }), expected: deny('cost') },
  { role: 'technician', collection: 'assets', operation: 'change acquisition date', before: () => newAsset(), after: edit({ acquisitionDate: '2020-01-01' }), expected: deny('acquisitionDate') },
  { role: 'technician', collection: 'assets', operation: 'delete', before: () => newAsset(), after: edit({ _deleted: true }), expected: deny('_deleted') },
  { role: 'supervisor', collection: 'assets', operation: 'change cost', before: () => newAsset({ cost: 50_000 }), after: edit({ cost: 1 }), expected: 'allowed' },
  { role: 'supervisor', collection: 'assets', operation: 'delete', before: () => newAsset(), after: edit({ _deleted: true }), expected: 'allowed' },
  { role: 'technician', collection: 'assets', operation: 'create with a tag already in use', after: () => newAsset({ tag: 'CTY-0000001' }), expected: deny('tag', 409) },

  { role: 'technician', collection: 'asset-events', operation: 'create as self', after: (c) => ({ id: `ev-${Math.random()}`, assetId: '', tag: 'X1', kind: 'unknown-tag', siteId: 'site-001', building: 'Main', room: '101', authorId: c.me, authorName: 'me', note: '', createdAt: now(), updatedAt: now(), _deleted: false }), expected: 'allowed' },
  { role: 'technician', collection: 'asset-events', operation: 'create as a colleague', after: (c) => ({ id: `ev-${Math.random()}`, assetId: '', tag: 'X1', kind: 'unknown-tag', siteId: 'site-001', building: 'Main', room: '101', authorId: c.other, authorName: 'x', note: '', createdAt: now(), updatedAt: now(), _deleted: false }), expected: deny('authorId') },
  // A work order's category names a category of the reference data, which the server checks.
  { role: 'technician', collection: 'work-orders', operation: 'create in a category the reference data does not have', after: (c) => wo(c.me, { category: 'plumbing' }), expected: deny('category', 400) },
  { role: 'technician', collection: 'work-orders', operation: 'change the category to one the reference data does not have', before: (c) => wo(c.me), after: edit({ category: 'plumbing' }), expected: deny('category', 400) },
  { role: 'technician', collection: 'work-orders', operation: 'change the category to another reference category', before: (c) => wo(c.me), after: edit({ category: 'network' }), expected: 'allowed' },
  { role: 'technician', collection: 'work-orders', operation: 'edit one whose category is no longer in the reference data, keeping it', before: (c) => wo(c.me, { category: 'fax-machines' }), after: edit({ title: 'Renamed' }), expected: 'allowed' },

  // Reference data (county settings): everyone reads it, supervisors and admins save new versions.
  { role: 'technician', collection: 'reference', operation: 'save a new SLA policy version', after: (c) => policy(c.me), expected: deny('') },
  { role: 'technician', collection: 'reference', operation: 'change the client-update interval', after: (c) => settings(c.me, 2), expected: deny('') },
  { role: 'supervisor', collection: 'reference', operation: 'change the client-update interval', after: (c) => settings(c.me, 2), expected: 'allowed' },
  { role: 'supervisor', collection: 'reference', operation: 'set a client-update interval of no hours', after: (c) => settings(c.me, 0), expected: deny('workOrderSettings.clientUpdateEveryHours', 400) },
  { role: 'supervisor', collection: 'reference', operation: 'save a new SLA policy version', after: (c) => policy(c.me), expected: 'allowed' },
  { role: 'admin', collection: 'reference', operation: 'save a new SLA policy version', after: (c) => policy(c.me), expected: 'allowed' },
  { role: 'supervisor', collection: 'reference', operation: "save a version in a colleague's name", after: (c) => policy(c.other), expected: deny('createdBy') },
  { role: 'supervisor', collection: 'reference', operation: 'save a version marked as shipped (the server alone says so)', after: (c) => policy(c.me, { shipped: true }), expected: 'allowed', stored: (s) => expect(s.shipped).toBeUndefined() },
  { role: 'supervisor', collection: 'reference', operation: 'save a policy with an amber threshold of 100 %', after: (c) => policy(c.me, { slaPolicy: { ...shippedPolicy!, warnAt: 1 } }), expected: deny('slaPolicy.warnAt', 400) },
  { role: 'supervisor', collection: 'reference', operation: 'save a policy in an unknown time zone', after: (c) => policy(c.me, { slaPolicy: { ...shippedPolicy!, calendar: { ...shippedPolicy!.calendar, timeZone: 'Mars/Olympus_Mons' } } }), expected: deny('slaPolicy.calendar.timeZone', 400) },
  { role: 'technician', collection: 'reference', operation: 'delete a version', before: (c) => policy(c.other), after: edit({ _deleted: true }), expected: deny('') },
  { role: 'supervisor', collection: 'reference', operation: 'delete a version', before: (c) => policy(c.other), after: edit({ _deleted: true }), expected: 'allowed' },

  // Inventory (DECISIONS #12): supervisors open and close campaigns, the server makes sweeps, anyone finishes one.
  { role: 'technician', collection: 'inventory', operation: 'open a campaign', after: (c) => newCampaign(c.me, ['site-001']), expected: deny('kind') },
  { role: 'supervisor', collection: 'inventory', operation: 'open a campaign', after: (c) => newCampaign(c.me, ['site-001']), expected: 'allowed' },
  { role: 'supervisor', collection: 'inventory', operation: "open a campaign in a colleague's name", after: (c) => newCampaign(c.other, ['site-001']), expected: deny('createdBy') },
  { role: 'technician', collection: 'inventory', operation: 'close a campaign', before: (c) => newCampaign(c.other, ['site-002'], { status: 'closed' }), after: edit({ status: 'closed' }), expected: deny('kind') },
  { role: 'supervisor', collection: 'inventory', operation: 'close a campaign', before: (c) => newCampaign(c.me, ['site-002']), after: edit({ status: 'closed' }), expected: 'allowed' },
  { role: 'technician', collection: 'inventory', operation: 'make a sweep', after: (c) => newSweep(c.me), expected: deny('kind') },
  { role: 'supervisor', collection: 'inventory', operation: 'make a sweep (the server makes them)', after: (c) => newSweep(c.me), expected: deny('kind') },
  { role: 'technician', collection: 'inventory', operation: 'finish a sweep', before: (c) => newSweep(c.other), after: (c, b) => ({ ...b, status: 'finished', finishedAt: now(), finishedBy: c.me, updatedAt: now() }), expected: 'allowed' },
  { role: 'technician', collection: 'inventory', operation: "finish a sweep in a colleague's name", before: (c) => newSweep(c.other), after: (c, b) => ({ ...b, status: 'finished', finishedAt: now(), finishedBy: c.other, updatedAt: now() }), expected: deny('finishedBy') },
  { role: 'technician', collection: 'inventory', operation: "change a sweep's site", before: (c) => newSweep(c.other), after: edit({ siteId: 'site-002' }), expected: deny('siteId') },
  { role: 'technician', collection: 'inventory', operation: 'reopen a finished sweep', before: (c) => newSweep(c.other, { status: 'finished' }), after: edit({ status: 'open' }), expected: deny('status') },
  { role: 'supervisor', collection: 'inventory', operation: 'reopen a finished sweep', before: (c) => newSweep(c.other, { status: 'finished' }), after: edit({ status: 'open' }), expected: 'allowed' },
  { role: 'technician', collection: 'inventory', operation: "rewrite a sweep's expected list (the server's)", before: (c) => newSweep(c.other, { expected: [{ assetId: 'a-1', building: 'Main', room: '101' }] }), after: edit({ expected: [] }), expected: 'allowed', stored: (s) => expect(s.expected).toEqual([{ assetId: 'a-1', building: 'Main', room: '101' }]) },
  { role: 'technician', collection: 'assets', operation: 'create approved from unknown-tag captures', after: () => newAsset({ approvedFrom: ['ev-1'] }), expected: deny('approvedFrom') },
  { role: 'supervisor', collection: 'assets', operation: 'create approved from unknown-tag captures', after: () => newAsset({ approvedFrom: ['ev-1'] }), expected: 'allowed' },
  { role: 'technician', collection: 'assets', operation: 'record a scan: location and last verified', before: () => newAsset(), after: (c, b) => ({ ...b, building: 'Annex', room: '204', lastVerifiedAt: now(), lastVerifiedBy: c.me, updatedBy: c.me, updatedAt: now() }), expected: 'allowed' },
  { role: 'technician', collection: 'asset-events', operation: 'record a scan of a sweep', after: (c) => newScan(c.me, { assetId: 'a-1', tag: 'CTY-0000001', kind: 'verified', sweepId: 'sw-1' }), expected: 'allowed' },
  { role: 'technician', collection: 'asset-events', operation: "record a scan in a colleague's name", after: (c) => newScan(c.other, { assetId: 'a-1', tag: 'CTY-0000001', kind: 'verified', sweepId: 'sw-1' }), expected: deny('authorId') },


  // Assessments (#13): safety officers and supervisors create them; the assessor, safety officers and supervisors change them.
  { role: 'technician', collection: 'ergonomic-assessments', operation: 'create as self without the safety-officer permission', after: (c) => assessment(c.me), expected: deny('') },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'create as self', after: (c) => assessment(c.me), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'create as a colleague', after: (c) => assessment(c.other), expected: deny('assessorId') },
  { role: 'supervisor', collection: 'ergonomic-assessments', operation: 'create as self', after: (c) => assessment(c.me), expected: 'allowed' },
  { role: 'admin', collection: 'ergonomic-assessments', operation: 'create as self (admins count as supervisors)', after: (c) => assessment(c.me), expected: 'allowed' },
  { role: 'technician', collection: 'ergonomic-assessments', operation: "change a colleague's assessment", before: (c) => assessment(c.other), after: edit({ notes: 'Changed' }), expected: deny('') },
  { role: 'technician', collection: 'ergonomic-assessments', operation: 'change their own (the assessor keeps access without the permission)', before: (c) => assessment(c.me), after: edit({ notes: 'Follow-up booked' }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: "change a colleague's assessment", before: (c) => assessment(c.other), after: edit({ notes: 'Seen again' }), expected: 'allowed' },
  { role: 'supervisor', collection: 'ergonomic-assessments', operation: "change a safety officer's assessment", before: (c) => assessment(c.other), after: edit({ notes: 'Reviewed' }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'delete', before: (c) => assessment(c.me), after: edit({ _deleted: true }), expected: deny('_deleted') },
  { role: 'supervisor', collection: 'ergonomic-assessments', operation: 'delete', before: (c) => assessment(c.other), after: edit({ _deleted: true }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise with ROSA answers missing', before: (c) => assessment(c.me), after: edit({ status: 'final' }), expected: deny('rosa.chair', 400) },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise with every ROSA answer', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: completeRosa }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise with an OSHA "no" without its note', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: completeRosa, osha: { version: 1, items: { 'seating.1': { answer: 'no' } } } }), expected: deny('osha.items.seating.1.note', 400) },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise with a time category said to be disputed but no reason', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: completeRosa, durationWhy: { monitor: ' ' } }), expected: deny('durationWhy.monitor', 400) },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise with the reason for a time category', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: completeRosa, durationWhy: { monitor: '5 h a day, never 20 min at a stretch' } }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise "no armrests" scored as anything but arms unsupported', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: completeRosa, noArmrests: true }), expected: deny('rosa.chair.armrests', 400) },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'finalise "no armrests" scored as arms unsupported', before: (c) => assessment(c.me), after: edit({ status: 'final', rosa: { ...completeRosa, chair: { ...completeRosa.chair, armrests: { base: 'tooHighOrLow' } } }, noArmrests: true }), expected: 'allowed' },
  { role: 'safety officer', collection: 'ergonomic-assessments', operation: 'keep a draft with an OSHA "no" whose note is still to be typed', before: (c) => assessment(c.me), after: edit({ osha: { version: 1, items: { 'seating.1': { answer: 'no' } } } }), expected: 'allowed' },
];

let server: TestServer;
const tokens = new Map<Role, { token: string; id: string }>();
let colleague: string;

beforeAll(async () => {
  server = await startTestServer();
  await setSafetyOfficer(server.url, 'tech04');
  for (const [role, username] of [['technician', 'tech01'], ['supervisor', 'super01'], ['admin', 'admin01'], ['safety officer', 'tech04']] as const) {
    const login = await loginHttp(server.url, username);
    tokens.set(role, { token: login.token, id: login.user.id });
  }
  colleague = (await loginHttp(server.url, 'tech02')).user.id;
});
afterAll(() => server.stop());

const push = (role: Role, collection: string, rows: unknown[]) =>
  http(server.url, `/sync/${collection}/push`, { token: tokens.get(role)?.token, body: rows });

async function storedCopy(collection: string, id: string): Promise<WireDoc | undefined> {
  const { rows } = await server.db.query<{ data: WireDoc; deleted: boolean }>('SELECT data, deleted FROM documents WHERE collection = $1 AND id = $2', [collection, id]);
  return rows[0] ? { ...rows[0].data, _deleted: rows[0].deleted } : undefined;
}

describe('who may write what (the server checks; the client is never trusted)', () => {
  it.each(cases.map((c) => [c.role, c.operation, c.collection, c] as const))('%s: %s (%s)', async (role, _op, collection, c) => {
    const ctx = { me: tokens.get(role)?.id ?? '', other: colleague };
    let before: Record<string, unknown> | null = null;
    if (c.before) {
      const seed = c.before(ctx);
      if (!(await storedCopy(collection, seed.id as string))) {
        const { _deleted, ...doc } = seed;
        await bulkLoad(server.db, collection, [doc]);
      }
      before = (await storedCopy(collection, seed.id as string)) ?? null;
    }
    const after = c.after(ctx, before ?? {});
    const answer = await push(role, collection, [{ assumedMasterState: before, newDocumentState: after }]);
    const stored = await storedCopy(collection, after.id as string);
    if (c.expected === 'allowed') {
      expect(answer).toEqual({ status: 200, body: [] });
      expect(stored).toMatchObject({ _deleted: after._deleted });
      c.stored?.(stored as WireDoc);
    } else {
      // Every refusal names the field and the document, so a client can set that row aside.
      expect(answer.status).toBe(c.expected.status);
      expect(answer.body).toMatchObject({ error: expect.any(String), id: after.id });
      expect((answer.body as { field?: string }).field ?? '').toBe(c.expected.field);
      expect(stored?.updatedAt).toBe(before?.updatedAt);
    }
  });

  it('stores nothing of a batch in which one row is refused, and names that row', async () => {
    const me = tokens.get('technician')?.id ?? '';
    const fine = wo(me);
    const refused = wo(me, { assigneeId: colleague });
    const answer = await push('technician', 'work-orders', [
      { assumedMasterState: null, newDocumentState: fine },
      { assumedMasterState: null, newDocumentState: refused },
    ]);
    expect(answer).toMatchObject({ status: 403, body: { field: 'assigneeId', id: refused.id } });
    expect(await storedCopy('work-orders', fine.id)).toBeUndefined();
  });

  it('names the row of a duplicate tag, whether the tag is stored already or taken earlier in the same batch', async () => {
    const first = newAsset();
    const second = newAsset({ tag: first.tag });
    const answer = await push('technician', 'assets', [first, second].map((a) => ({ assumedMasterState: null, newDocumentState: a })));
    expect(answer).toMatchObject({ status: 409, body: { field: 'tag', id: second.id } });
    expect(await storedCopy('assets', first.id)).toBeUndefined();
  });

  it('records every accepted write in the audit trail: who, which device, before and after', async () => {
    const login = await http(server.url, '/auth/login', { body: { username: 'tech03', password: 'fielddesk', device: 'laptop-clerk-7' } });
    const { token, user } = login.body as { token: string; user: { id: string } };
    const created = wo(user.id, { assigneeId: user.id, status: 'assigned' });
    const send = (before: unknown, after: unknown) => http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: before, newDocumentState: after }] });
    expect(await send(null, created)).toEqual({ status: 200, body: [] });
    const first = await storedCopy('work-orders', created.id);
    expect(await send(first, { ...first, status: 'on-hold', holdReason: 'waiting-for-parts', updatedBy: user.id, updatedAt: now() })).toEqual({ status: 200, body: [] });
    const second = await storedCopy('work-orders', created.id);

    const { rows } = await server.db.query<{ user_id: string; device: string; before: unknown; after: unknown }>(
      "SELECT user_id, device, before, after FROM audit_events WHERE collection = 'work-orders' AND doc_id = $1 ORDER BY id",
      [created.id],
    );
    expect(rows).toEqual([
      { user_id: user.id, device: 'laptop-clerk-7', before: null, after: { ...created, number: first?.number } },
      { user_id: user.id, device: 'laptop-clerk-7', before: first, after: second },
    ]);
    expect(second).toMatchObject({ status: 'on-hold', holdReason: 'waiting-for-parts' });
  });
});

describe('who pulls what', () => {
  const pullAll = async (role: Role, collection: string) => {
    const docs: WireDoc[] = [];
    for (let seq = 0; ; ) {
      const { body } = await http(server.url, `/sync/${collection}/pull?seq=${seq}&limit=2000`, { token: tokens.get(role)?.token });
      const page = body as { documents: WireDoc[]; checkpoint: { seq: number } };
      if (page.documents.length === 0) return docs;
      docs.push(...page.documents);
      seq = page.checkpoint.seq;
    }
  };

  it('a technician gets every open work order and only their own recently closed ones; a supervisor gets all', async () => {
    const me = tokens.get('technician')?.id ?? '';
    const old = new Date(Date.now() - 120 * 86_400_000).toISOString();
    const boss = tokens.get('supervisor')?.id ?? '';
    const done = { status: 'closed', resolutionCode: 'other', resolutionSummary: 'Done.' } as const;
    const mineClosedRecently = wo(boss, { assigneeId: me, ...done });
    const mineClosedLongAgo = wo(boss, { assigneeId: me, ...done, createdAt: old, updatedAt: old });
    const theirsClosed = wo(boss, { assigneeId: colleague, ...done });
    const theirsOpen = wo(boss, { assigneeId: colleague, status: 'in-progress' });
    const noteOnTheirsClosed = newNote(theirsClosed.id, { authorId: colleague });
    const rows = [mineClosedRecently, mineClosedLongAgo, theirsClosed, theirsOpen].map((d) => ({ assumedMasterState: null, newDocumentState: d }));
    expect((await push('supervisor', 'work-orders', rows)).status).toBe(200);
    await bulkLoad(server.db, 'work-order-notes', [noteOnTheirsClosed]);

    const techIds = new Set((await pullAll('technician', 'work-orders')).map((d) => d.id));
    expect([mineClosedRecently, theirsOpen].every((d) => techIds.has(d.id))).toBe(true);
    expect([mineClosedLongAgo, theirsClosed].some((d) => techIds.has(d.id))).toBe(false);
    expect((await pullAll('technician', 'work-order-notes')).some((n) => n.id === noteOnTheirsClosed.id)).toBe(false);

    const superIds = new Set((await pullAll('supervisor', 'work-orders')).map((d) => d.id));
    expect([mineClosedRecently, mineClosedLongAgo, theirsClosed, theirsOpen].every((d) => superIds.has(d.id))).toBe(true);
    expect((await pullAll('supervisor', 'work-order-notes')).some((n) => n.id === noteOnTheirsClosed.id)).toBe(true);
  });

  it('everyone pulls the reference data (county settings and templates), and the county employees with the staff', async () => {
    const kinds = new Set((await pullAll('technician', 'reference')).map((d) => d.kind));
    expect(kinds).toEqual(new Set(['sla-policy', 'work-order-category', 'checklist-template', 'recommendation-catalogue', 'tag-format', 'resolution-code', 'work-order-settings']));
    const people = await pullAll('technician', 'users');
    expect(people.filter((p) => p.kind === 'employee').length).toBeGreaterThanOrEqual(120);
    expect(people.find((p) => p.name === 'Kofi Singh')).toMatchObject({ kind: 'employee', department: expect.any(String), jobTitle: expect.any(String) });
  });

  it('everyone pulls the 20,000 demo assets', async () => {
    expect((await pullAll('technician', 'assets')).length).toBeGreaterThanOrEqual(20_000);
  });

  it('assessments: a technician pulls only those they assessed, safety officers and supervisors every one, and the view says which', async () => {
    const me = tokens.get('technician')?.id ?? '';
    const officer = tokens.get('safety officer')?.id ?? '';
    // One the technician assessed while a safety officer (stored directly: they may no longer create one), one by the officer.
    const theirs = assessment(me, { employee: { name: 'Pat Lee', department: 'Clerk', jobTitle: 'Clerk' } });
    const officers = assessment(officer, { employee: { name: 'Sam Roe', department: 'Roads', jobTitle: 'Engineer' } });
    await bulkLoad(server.db, 'ergonomic-assessments', [theirs, officers].map(({ _deleted, ...d }) => d));
    const ids = async (role: Role) => new Set((await pullAll(role, 'ergonomic-assessments')).map((d) => d.id));
    const tech = await ids('technician');
    expect([tech.has(theirs.id), tech.has(officers.id)]).toEqual([true, false]);
    for (const role of ['safety officer', 'supervisor'] as const) {
      const all = await ids(role);
      expect([all.has(theirs.id), all.has(officers.id)]).toEqual([true, true]);
    }
    const view = async (role: Role) => ((await http(server.url, '/sync/ergonomic-assessments/pull?seq=0&limit=1', { token: tokens.get(role)?.token })).body as { view: number }).view;
    expect(await view('technician')).not.toBe(await view('safety officer'));
    expect(await view('safety officer')).toBe(await view('supervisor'));
  });

  it("a push over an assessment the writer may not read is refused, and never answered with the server's copy", async () => {
    const officer = tokens.get('safety officer')?.id ?? '';
    const stored = assessment(officer, { notes: 'Reports neck pain since March' });
    await bulkLoad(server.db, 'ergonomic-assessments', [(({ _deleted, ...d }) => d)(stored)]);
    // A stale base would otherwise be a conflict, whose answer is the stored document.
    const stale = { ...stored, notes: 'old', updatedAt: '2020-01-01T00:00:00.000Z' };
    const answer = await push('technician', 'ergonomic-assessments', [{ assumedMasterState: stale, newDocumentState: { ...stale, notes: 'mine', updatedAt: now() } }]);
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain('neck pain');
  });
});
