import type { ReferenceDoc } from '../schema/reference.schema';
import { normaliseTag, tagPattern, type TagFormat } from './asset-tag';
import { boundedCache } from './bounded-cache';
import { countyKey, inForceByKey, type Versioned } from './reference';

/**
 * What a scanned or typed code is, by the county's formats alone (DECISIONS #12: normalisation is
 * fixed code, the formats in `reference` only classify). Whether an asset holds it is the
 * resolver's question (./tag-lookup.ts), not this one.
 */
export type TagClass = 'asset-tag' | 'room-label' | 'unknown';

/** The key of the tag-format item that describes room labels (the county's asset tags are `county`). */
export const roomLabelKey = 'room-label';

/** The formats in force: asset tags and room labels; a county without one of them classifies nothing as it. */
export type TagFormats = { assetTag?: Pick<TagFormat, 'pattern'>; roomLabel?: Pick<TagFormat, 'pattern'> };

// A scan is classified at every camera frame that reads it: compile each pattern once.
const compiled = boundedCache(100, (pattern: string) => tagPattern(pattern));

const fits = (key: string, format: Pick<TagFormat, 'pattern'> | undefined) => format !== undefined && (compiled(format.pattern)?.test(key) ?? false);

/** Classifies `raw` after normalising it; an asset-tag pattern wins over a room-label one that also matches. */
export function classifyTag(raw: string, formats: TagFormats): TagClass {
  const key = normaliseTag(raw);
  if (key === '') return 'unknown';
  if (fits(key, formats.assetTag)) return 'asset-tag';
  if (fits(key, formats.roomLabel)) return 'room-label';
  return 'unknown';
}

/** The formats in force among reference documents (any mix of kinds; deleted versions are ignored). */
export function tagFormatsInForce(docs: Iterable<Versioned & Pick<ReferenceDoc, 'tagFormat'>>): TagFormats {
  const items = inForceByKey(docs, 'tag-format');
  return { assetTag: items.get(countyKey)?.tagFormat, roomLabel: items.get(roomLabelKey)?.tagFormat };
}
