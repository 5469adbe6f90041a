import type { AssetStatus } from '../../schema/asset.schema';

/** The register statuses a sweep looks for: surplus and disposed assets are not expected anywhere. */
export const expectedStatuses: readonly AssetStatus[] = ['in-service', 'in-storage', 'missing'];

/** Statuses that make a found asset "not in service": flagged when scanned. */
export const outOfServiceStatuses: readonly AssetStatus[] = ['surplus', 'disposed'];
