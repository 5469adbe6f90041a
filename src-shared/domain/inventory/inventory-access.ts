import { isSupervisor, type WriteRule } from '../access';
import { sameValue } from '../../sync/same-document';

type Doc = Record<string, unknown>;
const deny = (field: string, message: string) => ({ field, message });

/** What anyone working a sweep may change on it: finishing it (the rest is the server's or a supervisor's). */
const sweepFieldsOfTechnicians = new Set(['status', 'finishedAt', 'finishedBy']);
/** Kept from the server's copy whatever is pushed (the registry's `serverOwned`), so never a refusal. */
const ignored = new Set(['updatedAt', 'updatedBy', '_deleted', 'expected']);

const changedFields = (before: Doc, after: Doc) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !ignored.has(f) && !sameValue(before[f], after[f]));

/**
 * Who writes the `inventory` collection (DECISIONS #12):
 *
 * | kind     | create                      | change                                                      |
 * |----------|-----------------------------|-------------------------------------------------------------|
 * | campaign | supervisors (createdBy: self) | supervisors (open, edit, close)                            |
 * | sweep    | nobody: the server makes it | anyone: finish it (finishedBy: self); supervisors: reopen,   |
 * |          | when a campaign is opened   | rename; the expected list is the server's                   |
 */
export const inventoryWrite: WriteRule = (actor, before, after) => {
  const kind = (before ?? after).kind;
  if (before && after.kind !== before.kind) return deny('kind', 'a campaign or sweep keeps its kind');
  if (kind === 'campaign') {
    if (!isSupervisor(actor)) return deny('kind', 'only a supervisor opens, changes or closes a campaign');
    if (!before) return after.createdBy === actor.id ? null : deny('createdBy', 'createdBy must be you');
    return sameValue(before.createdBy, after.createdBy) ? null : deny('createdBy', 'createdBy never changes');
  }
  if (!before) return deny('kind', 'sweeps are made by the server when a supervisor opens a campaign');
  for (const field of changedFields(before, after)) {
    if (!sweepFieldsOfTechnicians.has(field) && !isSupervisor(actor)) return deny(field, `only a supervisor may change a sweep's ${field}`);
  }
  if (before.status === 'finished' && after.status === 'open' && !isSupervisor(actor)) return deny('status', 'only a supervisor reopens a finished sweep');
  if (after.finishedBy !== undefined && !sameValue(before.finishedBy, after.finishedBy) && after.finishedBy !== actor.id) {
    return deny('finishedBy', 'finishedBy must be you');
  }
  return null;
};
