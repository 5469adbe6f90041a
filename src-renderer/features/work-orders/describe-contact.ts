import type { ContactChannel, WorkOrderNote } from '@shared/schema/work-order-note.schema';

export const channelLabels: Record<ContactChannel, string> = { phone: 'Phone', email: 'E-mail', 'in-person': 'In person' };

/** A client update in words: what they were told (the person's own words), how, and what was promised. */
export function describeContact(text: string, contact: NonNullable<WorkOrderNote['contact']>): string {
  const promised = contact.promised.trim() ? `; promised ${contact.promised.trim()}` : '';
  return `${text} (${channelLabels[contact.channel]}${promised})`;
}
