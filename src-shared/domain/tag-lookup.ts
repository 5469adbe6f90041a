import { normaliseTag } from './asset-tag';

/**
 * "Any identifier finds the asset" (issue 12): its tag, its serial number, a manufacturer barcode
 * recorded on it, or a QR code holding a URL that contains its tag. Every identifier is compared
 * normalised (./asset-tag.ts), so `*cty-0001234*` from a Code 39 label and `CTY-0001234` typed by
 * hand are one key.
 *
 * Order of the look-ups, first hit wins:
 * | step | the scanned text, normalised, is ...        | found by             |
 * |------|---------------------------------------------|----------------------|
 * | 1    | an asset's tag                              | `tag`                |
 * | 2    | a URL with an asset's tag as a path segment, | `tag-in-url`         |
 * |      | query value or fragment                     |                      |
 * | 3    | an asset's serial number                    | `serial-number`      |
 * | 4    | a manufacturer barcode recorded on an asset | `manufacturer-barcode` |
 * A key held by several assets (two makers' serial numbers can coincide) answers `several`: the
 * caller asks which one; it never picks.
 */

/** What the index needs of an asset. */
export type IdentifiableAsset = { id: string; tag: string; serialNumber: string; manufacturerBarcodes?: readonly string[] };

type Keys = Map<string, string[]>;
/** Normalised identifiers to the ids of the assets holding them. */
export type IdentifierIndex = { tags: Keys; serialNumbers: Keys; manufacturerBarcodes: Keys };

export type FoundBy = 'tag' | 'tag-in-url' | 'serial-number' | 'manufacturer-barcode';

/** The answer for one scanned or typed text. */
export type Identified =
  | { found: 'asset'; assetId: string; by: FoundBy }
  | { found: 'several'; assetIds: string[]; by: FoundBy }
  | { found: 'nothing'; key: string };

function add(keys: Keys, raw: string, id: string): void {
  const key = normaliseTag(raw);
  if (key === '') return;
  const held = keys.get(key);
  if (!held) keys.set(key, [id]);
  else if (!held.includes(id)) held.push(id);
}

/** Builds the index once per set of assets (a site's expected list, or every asset on the device). */
export function buildIdentifierIndex(assets: Iterable<IdentifiableAsset>): IdentifierIndex {
  const index: IdentifierIndex = { tags: new Map(), serialNumbers: new Map(), manufacturerBarcodes: new Map() };
  for (const asset of assets) {
    add(index.tags, asset.tag, asset.id);
    add(index.serialNumbers, asset.serialNumber, asset.id);
    for (const barcode of asset.manufacturerBarcodes ?? []) add(index.manufacturerBarcodes, barcode, asset.id);
  }
  return index;
}

const answer = (ids: readonly string[], by: FoundBy): Identified =>
  ids.length === 1 ? { found: 'asset', assetId: ids[0] as string, by } : { found: 'several', assetIds: [...ids], by };

/** The parts of a URL that may hold a tag: path segments, query values, the fragment; [] when `raw` is no http(s) URL. */
export function urlParts(raw: string): string[] {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return [];
  const url = new URL(text);
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return [
    ...url.pathname.split('/').map(decode),
    ...[...url.searchParams.values()],
    decode(url.hash.replace(/^#/, '')),
  ].filter((part) => part !== '');
}

/** Which asset `raw` identifies, by the rule table above. */
export function identify(raw: string, index: IdentifierIndex): Identified {
  const key = normaliseTag(raw);
  const byTag = index.tags.get(key);
  if (byTag) return answer(byTag, 'tag');
  for (const part of urlParts(raw)) {
    const inUrl = index.tags.get(normaliseTag(part));
    if (inUrl) return answer(inUrl, 'tag-in-url');
  }
  const bySerial = index.serialNumbers.get(key);
  if (bySerial) return answer(bySerial, 'serial-number');
  const byBarcode = index.manufacturerBarcodes.get(key);
  if (byBarcode) return answer(byBarcode, 'manufacturer-barcode');
  return { found: 'nothing', key };
}
