import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { describeLostEdit } from '../conflicts/overridden-words';
import { describeStatusChange } from './describe-status-change';
import { describeReferral } from './describe-referral';
import { describeContact } from './describe-contact';

type Entry = Pick<WorkOrderNote, 'kind' | 'text' | 'statusChange' | 'lostEdit' | 'lostStatus' | 'referral' | 'contact'>;

/** Each kind of timeline entry as the timeline names it. */
export const timelineKindLabels: Record<WorkOrderNote['kind'], string> = {
  note: 'Note', 'client-update': 'Client update', 'status-change': 'Status', 'overridden-edit': 'Overridden edit', 'lost-edit-dismissed': 'Edit dismissed',
  referral: 'Escalated', 'time-entry': 'Time', 'checklist-answer': 'Checklist', 'checklist-outcome': 'Checklist ended',
};

/**
 * What a timeline entry says, in words: a status step from its structured change, an
 * overridden edit from what it records (../conflicts/overridden-words.ts: the field and both
 * values in the app's words, the people by name), never the stored text, which an older device
 * wrote with internal values. Notes and client updates are the person's own words; a decision on
 * an overridden edit (`lost-edit-dismissed`) is this app's own sentence, the field in words.
 */
export function describeTimelineEntry(entry: Entry, people: ReadonlyMap<string, string>): string {
  if (entry.statusChange) return describeStatusChange(entry.statusChange);
  if (entry.referral) return describeReferral(entry.referral);
  if (entry.contact) return describeContact(entry.text, entry.contact);
  if (entry.kind !== 'overridden-edit') return entry.text;
  if (entry.lostEdit) return describeLostEdit(entry.lostEdit, people);
  // A refused status change: its text is this app's own sentence, with the status in words.
  if (entry.lostStatus) return entry.text;
  return 'An edit made here did not take effect: a later change or the central server overrode it.';
}
