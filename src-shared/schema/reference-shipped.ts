import { referenceSchema, type ReferenceDoc } from './reference.schema';
import { checkReference } from './reference-check';
import { createValidator, type SchemaViolation } from './validate';
import { shippedReferenceId } from '../domain/reference';

/** Fields of a reference document that the server sets for a shipped version, never its file. */
const stamped = ['id', 'shipped', 'createdBy', 'createdAt', 'updatedAt'] as const;
/** One entry of a file of shipped versions (resources/reference/*.json). */
export type ShippedEntry = Omit<ReferenceDoc, (typeof stamped)[number]>;

const validate = createValidator(referenceSchema);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a file of shipped versions: the entry (its index; none for the whole file) and the field in it. */
export type ShippedFileViolation = SchemaViolation & { entry?: number };

/**
 * The documents of one file of shipped versions (a JSON array of entries), stamped at `at` with
 * their fixed ids, or the first thing wrong with it. The same schema and rules as a pushed
 * document, so a county editing a file cannot load what the app would refuse.
 */
export function readShippedEntries(json: unknown, at: string): { docs: ReferenceDoc[] } | { violation: ShippedFileViolation } {
  if (!Array.isArray(json)) return { violation: { field: '', message: 'a file of reference data is a JSON array of entries' } };
  const docs: ReferenceDoc[] = [];
  for (const [entry, value] of json.entries()) {
    if (!isObject(value)) return { violation: { entry, field: '', message: 'an entry is a JSON object' } };
    const set = stamped.find((field) => value[field] !== undefined);
    if (set) return { violation: { entry, field: set, message: `${set} is set by the server, not in the file` } };
    const id = shippedReferenceId(value.kind as never, String(value.key), Number(value.version));
    const doc = { ...value, id, shipped: true, createdAt: at, updatedAt: at };
    const violation = validate(doc) ?? checkReference(doc as ReferenceDoc);
    if (violation) return { violation: { entry, ...violation } };
    docs.push(doc as ReferenceDoc);
  }
  return { docs };
}
