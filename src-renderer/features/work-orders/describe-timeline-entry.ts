import { statusLabels } from '@shared/domain/work-order-status';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { describeValue, type ReferenceNames } from '../conflicts/describe-value';
import { fieldName } from '../conflicts/field-words';
import { describeStatusChange } from './describe-status-change';

type Entry = Pick<WorkOrderNote, 'kind' | 'text' | 'statusChange' | 'lostEdit' | 'lostStatus'>;

const personFields = new Set(['assigneeId', 'createdBy', 'updatedBy']);

/** Each kind of timeline entry as the timeline names it. */
export const timelineKindLabels: Record<WorkOrderNote['kind'], string> = {
  note: 'Note', 'client-update': 'Client update', 'status-change': 'Status', 'overridden-edit': 'Overridden edit',
};

function valueWords(field: string, json: string, people: ReadonlyMap<string, string>, names?: ReferenceNames): string {
  if (!personFields.has(field)) return describeValue('work-orders', field, json, names);
  const id = JSON.parse(json) as unknown;
  return typeof id === 'string' && id !== '' ? (people.get(id) ?? 'another user') : 'nobody';
}

/**
 * What a timeline entry says, in words: a status step from its structured change, an
 * overridden edit from what it records (the field and both values in the app's words, the
 * people by name), never the stored text of internal values an older device wrote. Notes and
 * client updates are the person's own words.
 */
export function describeTimelineEntry(entry: Entry, people: ReadonlyMap<string, string>, names?: ReferenceNames): string {
  if (entry.statusChange) return describeStatusChange(entry.statusChange);
  if (entry.kind !== 'overridden-edit') return entry.text;
  const lost = entry.lostEdit;
  if (lost) {
    const setBy = people.get(lost.setBy) ?? 'Someone';
    const keptBy = people.get(lost.keptBy) ?? 'another user';
    const mine = valueWords(lost.field, lost.value, people, names);
    const kept = valueWords(lost.field, lost.keptValue, people, names);
    return `${setBy} set ${fieldName(lost.field)} to “${mine}”, but ${keptBy} changed it later to “${kept}”, which was kept.`;
  }
  if (entry.lostStatus) return `The change of the status to “${statusLabels[entry.lostStatus.to]}” was not applied: the central server did not accept it.`;
  return 'An edit made here did not take effect: a later change or the central server overrode it.';
}
