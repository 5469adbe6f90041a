import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import type { ShippedEntry } from '@shared/schema/reference-shipped';

/** The folder of reference data FieldDesk ships. */
export const shippedReferenceDir = fileURLToPath(new URL('../../resources/reference', import.meta.url));

/** The entries of every shipped reference file. */
export function shippedEntries(dir = shippedReferenceDir): ShippedEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ShippedEntry[]);
}

/** A copy of the shipped reference folder that a test may edit, as a county edits its files. */
export function copyOfShippedReference(): { dir: string; edit(file: string, change: (entries: ShippedEntry[]) => ShippedEntry[]): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fd-reference-'));
  cpSync(shippedReferenceDir, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const entries = readFileSync(path, 'utf8');
      writeFileSync(path, JSON.stringify(change(JSON.parse(entries) as ShippedEntry[]), null, 2));
    },
  };
}

/**
 * A new version of the county's SLA policy saved by `createdBy` (the server insists that is the
 * writer), from the shipped one; override any field.
 */
export function newSlaPolicyVersion(createdBy: string, overrides: Partial<ReferenceDoc> = {}): ReferenceDoc & { _deleted: boolean } {
  const shipped = shippedEntries().find((e) => e.kind === 'sla-policy');
  if (!shipped) throw new Error('no shipped SLA policy');
  const at = new Date().toISOString();
  return { ...shipped, id: uuidv7(), version: 2, createdBy, createdAt: at, updatedAt: at, ...overrides, _deleted: false };
}
