import { isTerminal, workOrderStatuses, type WorkOrderStatus } from '@shared/domain/work-order-status';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { EditConflict } from '../../db/edit-conflicts.schema';
import { describeValue } from './describe-value';
import { fieldName } from './field-words';
import { finishedWords } from './refusal-words';

type Listed = Pick<EditConflict, 'kind' | 'collectionName' | 'field' | 'mine' | 'kept'>;

/** Fields whose value is a person's id: shown as their name. */
const personFields = new Set(['assigneeId', 'createdBy', 'updatedBy']);

/** The status a work order was finished with, when this entry is my status change that met it. */
function finishedStatus(conflict: Listed): WorkOrderStatus | null {
  if (conflict.collectionName !== 'work-orders' || conflict.field !== 'status') return null;
  const kept = JSON.parse(conflict.kept) as unknown;
  return workOrderStatuses.includes(kept as WorkOrderStatus) && isTerminal(kept as WorkOrderStatus) ? (kept as WorkOrderStatus) : null;
}

/**
 * Whether "Re-apply mine" is offered: not for a status change that met a closed or cancelled
 * work order, which the server would refuse (a finished work order is never reopened).
 */
export const mayReapply = (conflict: Listed) => conflict.kind === 'overridden' && finishedStatus(conflict) === null;

/** A stored value (JSON) in words: a person by name, a status by its label. */
function valueWords(conflict: Pick<Listed, 'collectionName' | 'field'>, json: string, names: ReadonlyMap<string, string>): string {
  if (!personFields.has(conflict.field)) return describeValue(conflict.collectionName, conflict.field, json);
  const id = JSON.parse(json) as unknown;
  return typeof id === 'string' && id !== '' ? (names.get(id) ?? 'another user') : 'nobody';
}

type LostEdit = NonNullable<WorkOrderNote['lostEdit']>;

/**
 * A work order's timeline entry for a value that gave way in a merge, as everyone who reads the
 * timeline sees it: whose value, and whose was kept. (The entry's stored text is for older versions.)
 */
export function describeLostEdit(lost: LostEdit, names: ReadonlyMap<string, string>): string {
  const at = { collectionName: 'work-orders', field: lost.field };
  const setter = names.get(lost.setBy) ?? 'Someone';
  const keeper = names.get(lost.keptBy) ?? 'another user';
  return `${setter} set ${fieldName(lost.field)} to “${valueWords(at, lost.value, names)}”; “${valueWords(at, lost.keptValue, names)}”, set by ${keeper}, was kept.`;
}

/**
 * An overridden edit in plain words: what I set, who kept what instead (`names` maps user ids to
 * names; `me` is the signed-in user). A status change that met a finished work order says so,
 * naming who finished it when that was someone else.
 */
export function overriddenWords(conflict: Listed & Pick<EditConflict, 'keptBy'>, names: ReadonlyMap<string, string>, me: string): string {
  const finished = finishedStatus(conflict);
  if (finished) return finishedWords(finished, JSON.parse(conflict.mine) as unknown, conflict.keptBy === me ? undefined : names.get(conflict.keptBy));
  const mine = valueWords(conflict, conflict.mine, names);
  const kept = valueWords(conflict, conflict.kept, names);
  return `You set ${fieldName(conflict.field)} to “${mine}”, but ${names.get(conflict.keptBy) ?? 'another user'} changed it later to “${kept}”, which was kept.`;
}
