import type { Asset } from '../../schema/asset.schema';
import { expectedStatuses } from './expected';

const yearMs = 365 * 86_400_000;

type Verifiable = Pick<Asset, 'status' | 'lastVerifiedAt'>;

/**
 * The assets a supervisor sends people to look for across the county (issue 12, campaign view):
 * those the register still expects somewhere (in service, in storage or missing; surplus and
 * disposed ones are not looked for) that were never verified, or last verified more than a year
 * (365 days) before `now`.
 */
export function assetsToLookFor<T extends Verifiable>(assets: readonly T[], now: number): { never: T[]; overAYear: T[] } {
  const never: T[] = [];
  const overAYear: T[] = [];
  for (const asset of assets) {
    if (!expectedStatuses.includes(asset.status)) continue;
    if (!asset.lastVerifiedAt) never.push(asset);
    else if (now - Date.parse(asset.lastVerifiedAt) > yearMs) overAYear.push(asset);
  }
  return { never, overAYear };
}
