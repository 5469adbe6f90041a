import type { Asset } from '@shared/schema/asset.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import { buildIdentifierIndex, identify, urlParts, type FoundBy } from '@shared/domain/tag-lookup';
import type { FieldDeskDatabase } from '../../db/database';

/** What a scanned or typed text names among every asset on this device. */
export type FoundOnDevice =
  | { found: 'asset'; asset: Asset; by: FoundBy }
  | { found: 'several'; count: number; by: FoundBy }
  | { found: 'nothing'; key: string };

/**
 * Finds what `raw` identifies among every asset on the device, by the rules of tag-lookup.ts (tag,
 * tag in a URL, serial number, manufacturer barcode, first hit wins). Tags and serial numbers are
 * indexed look-ups, each text as scanned and normalised (a tag or serial number stored
 * unnormalised still matches as typed). Manufacturer barcodes live in an array RxDB cannot index:
 * they are looked for only when nothing else matched, which reads every asset.
 */
export async function findOnDevice(db: FieldDeskDatabase, raw: string): Promise<FoundOnDevice> {
  const key = normaliseTag(raw);
  if (key === '') return { found: 'nothing', key };
  const texts = [...new Set([key, raw.trim()])];
  const tagTexts = [...new Set([...texts, ...urlParts(raw).flatMap((part) => [part, normaliseTag(part)])])].filter((t) => t !== '');
  const byField = async (field: 'tag' | 'serialNumber', values: readonly string[]) =>
    (await Promise.all(values.map((value) => db.assets.find({ selector: { [field]: value } }).exec()))).flat();
  let held = [...(await byField('tag', tagTexts)), ...(await byField('serialNumber', texts))];
  if (held.length === 0) held = await db.assets.find({ selector: { manufacturerBarcodes: { $in: texts } } }).exec();
  const assets = new Map(held.map((doc) => [doc.id, doc.toJSON() as Asset]));
  const answer = identify(raw, buildIdentifierIndex(assets.values()));
  if (answer.found === 'nothing') return answer;
  if (answer.found === 'several') return { found: 'several', count: answer.assetIds.length, by: answer.by };
  return { found: 'asset', asset: assets.get(answer.assetId) as Asset, by: answer.by };
}
