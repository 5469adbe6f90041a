import { collections, type CollectionName } from '@shared/schema/collections';
import { createValidator, type SchemaViolation } from '@shared/schema/validate';
import type { PushRow, WireDoc } from '@shared/sync/protocol';
import { RequestError } from './request-error';

type Check = (value: unknown) => SchemaViolation | null;

/** Schema, then the collection's own rules; compiled once per collection. */
const checks = new Map<CollectionName, Check>();
function checkFor(name: CollectionName): Check {
  let check = checks.get(name);
  if (!check) {
    const schema = createValidator(collections[name].schema);
    const rules = collections[name].check as Check | undefined;
    check = (doc) => schema(doc) ?? rules?.(doc) ?? null;
    checks.set(name, check);
  }
  return check;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a whole push body before anything is written: shape, schema and the collection's rules. */
export function validatePush(name: CollectionName, body: unknown): PushRow[] {
  if (!Array.isArray(body)) throw new RequestError(400, 'push body must be a JSON array of rows');
  const check = checkFor(name);
  const seen = new Set<string>();
  return body.map((row, i) => {
    if (!isObject(row) || !isObject(row.newDocumentState)) {
      throw new RequestError(400, `row ${i}: newDocumentState must be an object`, 'newDocumentState');
    }
    if (row.assumedMasterState !== null && row.assumedMasterState !== undefined && !isObject(row.assumedMasterState)) {
      throw new RequestError(400, `row ${i}: assumedMasterState must be an object or null`, 'assumedMasterState');
    }
    const upgrade = collections[name].fromEarlierBuild ?? ((d: Record<string, unknown>) => d);
    const doc = checkDocument(upgrade(row.newDocumentState), check, i);
    const id = doc.id as string;
    if (seen.has(id)) throw new RequestError(400, `row ${i}: document ${id} appears twice in one push`, 'id', id);
    seen.add(id);
    const assumed = row.assumedMasterState as WireDoc | null | undefined;
    return { assumedMasterState: assumed ? (upgrade(assumed) as WireDoc) : null, newDocumentState: doc };
  });
}

function checkDocument(state: Record<string, unknown>, check: Check, i: number): WireDoc {
  const { _deleted, _meta, _rev, _attachments, ...doc } = state;
  if (typeof _deleted !== 'boolean') throw new RequestError(400, `row ${i}: _deleted must be true or false`, '_deleted');
  const violation = check(doc);
  if (violation) {
    const id = typeof doc.id === 'string' ? ` (${doc.id})` : '';
    const documentId = typeof doc.id === 'string' ? doc.id : undefined;
    throw new RequestError(400, `row ${i}${id}: ${violation.field || 'document'}: ${violation.message}`, violation.field, documentId);
  }
  return { ...doc, _deleted };
}
