import { v7 as uuidv7 } from 'uuid';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';

const at = () => new Date().toISOString();

/** An open campaign by `createdBy` (a supervisor: the server insists) over `siteIds`; override any field. */
export function newCampaign(createdBy: string, siteIds: string[], overrides: Partial<InventoryDoc> = {}): InventoryDoc & { _deleted: boolean } {
  const now = at();
  return { id: uuidv7(), kind: 'campaign', name: 'FY2027 yearly inventory', status: 'open', siteIds, dueDate: '2027-06-30', createdBy, createdAt: now, updatedAt: now, ...overrides, _deleted: false };
}

/** A sweep as the server makes it (tests that load one straight into the database). */
export function newSweep(createdBy: string, overrides: Partial<InventoryDoc> = {}): InventoryDoc & { _deleted: boolean } {
  const now = at();
  return { id: uuidv7(), kind: 'sweep', name: 'Test site', status: 'open', campaignId: uuidv7(), siteId: 'site-001', expected: [], createdBy, createdAt: now, updatedAt: now, ...overrides, _deleted: false };
}

/** A sweep's scan event by `authorId`; override any field. */
export function newScan(authorId: string, overrides: Partial<AssetEvent> & Pick<AssetEvent, 'assetId' | 'tag' | 'kind'>): AssetEvent & { _deleted: boolean } {
  const now = at();
  return {
    id: uuidv7(), siteId: 'site-001', building: 'Main', room: '101', authorId, authorName: 'Test', note: '', sweepId: '', deviceId: 'test', method: 'wedge',
    createdAt: now, updatedAt: now, ...overrides, _deleted: false,
  };
}
