import { v7 as uuidv7 } from 'uuid';
import { minutesInWords, spanMinutes, type TimeSpan } from '@shared/domain/time-entries';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';
import { PlainWordsError } from '../../ui/plain-error';

/** Appends time worked to the work order's timeline: a span from the timer, or typed in. */
export async function addTimeEntry(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, span: TimeSpan, timer: boolean): Promise<void> {
  const minutes = spanMinutes(span);
  if (minutes < 1) throw new PlainWordsError('Less than a minute was timed: nothing was added.');
  const at = new Date().toISOString();
  await db.work_order_notes.insert({
    id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind: 'time-entry',
    text: `${minutesInWords(minutes)}${timer ? ' (timer)' : ''}`, time: { ...span, timer }, createdAt: at, updatedAt: at,
  });
}
