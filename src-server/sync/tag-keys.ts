import { normaliseTag } from '@shared/domain/asset-tag';
import type { Sql } from '../db/database';

/**
 * The tag key (DECISIONS #12): an asset's tag normalised by the shared rule (case, spaces, Code 39
 * stars), kept by the server in `documents.tag_key` and unique among live assets (the index
 * `assets_by_tag_key`), so `cty-0001234` and `*CTY-0001234*` can never be two assets. Clients
 * never send it: the server computes it on every write (./store-push.ts, ../seed/bulk-load.ts) and
 * at start for assets stored before it existed.
 *
 * Assets that already shared a key when it came (two tags differing only in case, say) keep
 * their data; the one stored first holds the key, the others hold none and are reported at every
 * start until someone changes their tag. Their other edits are accepted.
 */

/** The key a stored asset holds: none when deleted, or when its tag normalises to nothing. */
export function tagKeyOf(tag: unknown, deleted: boolean): string | null {
  if (deleted) return null;
  const key = normaliseTag(String(tag ?? ''));
  return key === '' ? null : key;
}

/** Assets whose tags share one key: `holder` is found by it, the others are not until their tag changes. */
export type TagKeyDuplicate = { key: string; holder: { id: string; tag: string }; others: { id: string; tag: string }[] };

/** The report of one duplicate, in words for whoever runs the server. */
export function describeDuplicate(d: TagKeyDuplicate): string {
  const others = d.others.map((o) => `${o.id} (tag "${o.tag}")`).join(', ');
  return `Asset tags that are the same once capitals, spaces and * are ignored (${d.key}): asset ${d.holder.id} (tag "${d.holder.tag}") and ${others}. Scanning finds only ${d.holder.id}; give the other assets their own tags.`;
}

/**
 * Gives every live asset without a key its key, oldest first (by sequence), where no other asset
 * holds it; returns every key that live assets share, whether found now or at an earlier start.
 * Run inside a transaction (under the migration lock at start, so servers starting together agree).
 */
export async function assignTagKeys(tx: Sql): Promise<TagKeyDuplicate[]> {
  const { rows: keyless } = await tx.query<{ id: string; tag: string | null }>(
    "SELECT id, data->>'tag' AS tag FROM documents WHERE collection = 'assets' AND NOT deleted AND tag_key IS NULL ORDER BY seq",
  );
  const candidates = keyless.flatMap((r) => {
    const key = tagKeyOf(r.tag, false);
    return key ? [{ id: r.id, tag: r.tag ?? '', key }] : [];
  });
  if (candidates.length === 0) return [];
  const { rows: held } = await tx.query<{ id: string; tag: string; tag_key: string }>(
    "SELECT id, data->>'tag' AS tag, tag_key FROM documents WHERE collection = 'assets' AND NOT deleted AND tag_key = ANY($1)",
    [[...new Set(candidates.map((c) => c.key))]],
  );
  const holders = new Map(held.map((r) => [r.tag_key, { id: r.id, tag: r.tag }]));
  const assigned: { id: string; key: string }[] = [];
  const duplicates = new Map<string, TagKeyDuplicate>();
  for (const candidate of candidates) {
    const holder = holders.get(candidate.key);
    if (!holder) {
      holders.set(candidate.key, { id: candidate.id, tag: candidate.tag });
      assigned.push({ id: candidate.id, key: candidate.key });
      continue;
    }
    const duplicate = duplicates.get(candidate.key) ?? { key: candidate.key, holder, others: [] };
    duplicate.others.push({ id: candidate.id, tag: candidate.tag });
    duplicates.set(candidate.key, duplicate);
  }
  for (let i = 0; i < assigned.length; i += 1000) {
    await tx.query(
      `UPDATE documents d SET tag_key = v.key FROM jsonb_to_recordset($1::jsonb) AS v(id text, key text)
       WHERE d.collection = 'assets' AND d.id = v.id`,
      [JSON.stringify(assigned.slice(i, i + 1000))],
    );
  }
  return [...duplicates.values()];
}
