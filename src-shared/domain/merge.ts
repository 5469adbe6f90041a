import { sameValue } from '../sync/same-document';
import { isTerminal, type WorkOrderStatus } from './work-order-status';

type Doc = Record<string, unknown> & { updatedAt: string };

/** A field where one side's value gave way: `mine` as I had it, `kept` as the other side had it. */
export type FieldLoss = { field: string; mine: unknown; kept: unknown };

/**
 * Three-way merge of a local edit (`mine`, made on top of `base`) with the server's copy
 * (`theirs`), field by field:
 *
 *   changed on neither side  -> theirs
 *   changed only by me       -> mine
 *   changed only by them     -> theirs
 *   changed by both          -> the side with the later updatedAt
 *   status: theirs is closed/cancelled -> theirs (a stale edit never reopens finished work)
 *   server-owned fields      -> theirs
 *
 * With no base (a change pending from an older version of the app, which kept none), a field
 * both sides hold with different values counts as changed by both: the later side wins and the
 * other side's value is reported, never silently overwritten; a field only one side holds is
 * that side's.
 *
 * `overridden` lists my values that lost, `replaced` the values of theirs that my later edit
 * overwrote: the caller keeps both where people see them, so nothing typed is lost either way.
 */
export function mergeThreeWay<T extends Doc>(
  base: T | null | undefined,
  mine: T,
  theirs: T,
  serverOwned: readonly string[] = [],
): { merged: T; overridden: FieldLoss[]; replaced: FieldLoss[] } {
  const merged: Record<string, unknown> = { ...theirs };
  const overridden: FieldLoss[] = [];
  const replaced: FieldLoss[] = [];
  const mineIsLater = mine.updatedAt > theirs.updatedAt;
  const fields = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  // Bookkeeping follows whichever side is later; it is not an edit anyone typed.
  fields.delete('updatedAt');
  fields.delete('updatedBy');
  for (const field of fields) {
    if (serverOwned.includes(field)) continue;
    const iChanged = base ? !sameValue(base[field], mine[field]) : mine[field] !== undefined;
    if (!iChanged || sameValue(mine[field], theirs[field])) continue;
    const theyChanged = base ? !sameValue(base[field], theirs[field]) : theirs[field] !== undefined;
    const finished = field === 'status' && isTerminal(theirs[field] as WorkOrderStatus);
    if (!finished && (!theyChanged || mineIsLater)) {
      if (mine[field] === undefined) delete merged[field];
      else merged[field] = mine[field];
      if (theyChanged) replaced.push({ field, mine: mine[field], kept: theirs[field] });
    } else {
      overridden.push({ field, mine: mine[field], kept: theirs[field] });
    }
  }
  merged.updatedAt = mineIsLater ? mine.updatedAt : theirs.updatedAt;
  if (mineIsLater && mine.updatedBy !== undefined) merged.updatedBy = mine.updatedBy;
  // A finished work order keeps the fields that describe how it was finished.
  if (merged.status && isTerminal(merged.status as WorkOrderStatus) && 'holdReason' in merged && !('holdReason' in theirs)) {
    delete merged.holdReason;
  }
  return { merged: merged as T, overridden, replaced };
}
