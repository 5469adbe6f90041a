import { v5 as uuidv5 } from 'uuid';

/** The namespace of sweep ids (a fixed random UUID; never change it: ids already stored derive from it). */
const sweepNamespace = '3f6c2a8e-5b1d-4c7e-9a40-2d8f61b0c5e3';

/**
 * The id of campaign `campaignId`'s sweep of site `siteId` (UUID v5, DECISIONS #12): the same on
 * every server and every device, so one campaign has exactly one sweep per site, whoever opens it.
 */
export function sweepIdOf(campaignId: string, siteId: string): string {
  return uuidv5(`sweep|${campaignId}|${siteId}`, sweepNamespace);
}
