import { isTerminal, statusLabels, workOrderStatuses, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { fieldName } from './field-words';

/** What the server said when it refused one document, as the sync layer hands it on. */
export type Refusal = { status: number; field: string; message: string };

const writerFields = new Set(['createdBy', 'authorId', 'updatedBy', 'assessorId']);

const isStatus = (value: unknown): value is WorkOrderStatus => workOrderStatuses.includes(value as WorkOrderStatus);
const statusWord = (value: unknown) => (isStatus(value) ? statusLabels[value].toLowerCase() : 'this status');

/**
 * The sentence shown under "edits not applied" for a change the server refused, chosen by the
 * answer's status and field: the server's own message is technical and never shown. `mine` is
 * the change as made here, `kept` the server's copy the device went back to (null: none), and
 * `keptBy` the name of who last wrote that copy, when this device knows them.
 */
export function refusalWords(refusal: Refusal, mine: Record<string, unknown>, kept: Record<string, unknown> | null, keptBy?: string): string {
  const { status, field } = refusal;
  if (status === 413) return 'This change is too large for the server, so it was not accepted: make it smaller (a photo at a lower size, say) and save it again.';
  if (status === 409 && field === 'tag') {
    return `Tag ${String(mine.tag)} is already used by another asset: change the tag or merge with that asset.`;
  }
  if (status === 409) return `Another record already uses ${fieldName(field, 'one of these details')}: change it and save again.`;
  if (status === 403 && field === 'status') return statusRefusal(kept?.status, mine.status, keptBy);
  if (status === 400 && field === 'assigneeId') {
    return `A work order that is ${statusWord(mine.status)} needs someone assigned to it: assign it, then change the status again.`;
  }
  if (status === 400 && field === 'resolutionCode') {
    return `A work order that is ${statusWord(mine.status)} needs a resolution code the county keeps: choose how it was resolved, then change the status again.`;
  }
  if (status === 400 && field === 'resolutionSummary') {
    return `A work order that is ${statusWord(mine.status)} needs a resolution summary: describe what was done, then change the status again.`;
  }
  if (status === 400 && field === 'category') {
    return 'The central server does not know this work order\'s category (it may have been removed): choose another category and save again.';
  }
  if (status === 403 && field === 'assigneeId') return 'Only a supervisor can assign work to someone else or take it from a colleague.';
  if (status === 403 && field === '_deleted') return 'Only a supervisor can delete this.';
  if (status === 403 && (field === 'cost' || field === 'acquisitionDate')) return 'Only a supervisor can change the cost or the acquisition date.';
  if (status === 403 && writerFields.has(field)) return 'This change was made in another person\'s name, so it was not accepted: make it again while signed in as yourself.';
  // An ergonomic assessment (it alone holds ROSA answers): written by its assessor, safety officers and supervisors.
  if (status === 403 && 'rosa' in mine) return 'Only the assessor, a safety officer or a supervisor can change this assessment (you may no longer be a safety officer), so your change was not applied.';
  if (status === 403) return 'Your role does not allow this change: ask a supervisor to make it.';
  if (status === 400) return `The change to ${fieldName(field)} is not valid, so it was not accepted: correct it and save again.`;
  return 'The server did not accept this change.';
}

function statusRefusal(from: unknown, to: unknown, keptBy: string | undefined): string {
  if (isStatus(from) && isTerminal(from)) return finishedWords(from, to, keptBy);
  if (to === 'closed') return 'Only a supervisor can close a work order: it stays resolved until a supervisor closes it.';
  if (to === 'cancelled') return 'Only a supervisor can cancel this work order (you can cancel a new work order you created).';
  return `A work order cannot go from ${statusWord(from)} to ${statusWord(to)}.`;
}

/**
 * A status change that met a work order already closed or cancelled on the server (refused, or
 * outlived by the merge: a finished work order is never reopened), naming who finished it when known.
 */
export function finishedWords(finished: WorkOrderStatus, mine: unknown, finishedBy: string | undefined): string {
  const done = statusWord(finished);
  const who = finishedBy ? `${finishedBy} ${done} this work order` : `This work order was ${done}`;
  const change = isStatus(mine) ? `your change of its status to “${statusLabels[mine]}”` : 'your change of its status';
  return `${who} before your change reached the server, so ${change} was not applied. A ${done} work order cannot be reopened: open a new work order if the problem is back.`;
}
