import { useCallback } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { Asset } from '@shared/schema/asset.schema';
import type { FieldDeskDatabase } from '../../db/database';
import { findOnDevice, type FoundOnDevice } from './find-on-device';

/** Finds what a scanned or typed text names among the assets on this device (find-on-device.ts). */
export function useAssetLookup(): (raw: string) => Promise<FoundOnDevice> {
  const db = useRxDatabase() as unknown as FieldDeskDatabase;
  return useCallback((raw: string) => findOnDevice(db, raw), [db]);
}

/** An asset in a line: "CTY-0001234: laptop Dell Latitude 5440". */
export const assetLine = (asset: Pick<Asset, 'tag' | 'kind' | 'make' | 'model'>) => `${asset.tag}: ${asset.kind} ${asset.make} ${asset.model}`.trim();

/** Why a look-up found no single asset, in words; null when it found one. */
export function notFoundWords(result: FoundOnDevice): string | null {
  if (result.found === 'nothing') return `No asset with the tag, serial number or barcode ${result.key} is on this device.`;
  if (result.found === 'several') return `${result.count} assets share that ${result.by === 'serial-number' ? 'serial number' : 'barcode'}. Scan the county asset tag instead.`;
  return null;
}
