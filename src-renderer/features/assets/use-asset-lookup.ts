import { useCallback } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { Asset } from '@shared/schema/asset.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import type { FieldDeskDatabase } from '../../db/database';

/**
 * Finds the asset a scanned or typed tag names among those on this device: the tag normalised
 * (case, spaces, Code 39's stars), or as it was typed for a tag stored unnormalised; null for none.
 */
export function useAssetLookup(): (raw: string) => Promise<Asset | null> {
  const db = useRxDatabase() as unknown as FieldDeskDatabase;
  return useCallback(
    async (raw: string) => {
      const key = normaliseTag(raw);
      if (!key) return null;
      const found = (await db.assets.findOne({ selector: { tag: key } }).exec()) ?? (raw.trim() !== key ? await db.assets.findOne({ selector: { tag: raw.trim() } }).exec() : null);
      return found ? (found.toJSON() as Asset) : null;
    },
    [db],
  );
}

/** An asset in a line: "CTY-0001234: laptop Dell Latitude 5440". */
export const assetLine = (asset: Pick<Asset, 'tag' | 'kind' | 'make' | 'model'>) => `${asset.tag}: ${asset.kind} ${asset.make} ${asset.model}`.trim();
