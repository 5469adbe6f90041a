import { v7 as uuidv7 } from 'uuid';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { SessionUser } from '@shared/sync/protocol';
import type { ChecklistStep, ChecklistTemplate } from '@shared/domain/checklist-template';
import { answerFromText, answerWords, latestAnswers, runPosition, type AnswerValue, type RecordedAnswer, type RunPosition } from '@shared/domain/checklist-run';
import type { FieldDeskDatabase } from '../../db/database';

/** A checklist template in force, with its key and name (reference data). */
export type OfferedChecklist = { key: string; version: number; name: string; checklist: ChecklistTemplate };

/** The templates to offer on a work order: those of its category first, then the others, by name. */
export function offeredChecklists(templates: Iterable<ReferenceDoc>, category: string): OfferedChecklist[] {
  const offered = [...templates].flatMap((t) => (t.checklist ? [{ key: t.key, version: t.version, name: t.name, checklist: t.checklist }] : []));
  const fits = (c: OfferedChecklist) => (c.checklist.categories.includes(category) ? 0 : 1);
  return offered.sort((a, b) => fits(a) - fits(b) || a.name.localeCompare(b.name));
}

/** The template the work order's latest checklist answer belongs to: the run to resume. */
export function lastRunTemplate(timeline: readonly WorkOrderNote[]): string | null {
  let latest: WorkOrderNote | null = null;
  for (const n of timeline) if (n.checklistAnswer && (!latest || n.createdAt > latest.createdAt)) latest = n;
  return latest?.checklistAnswer?.template ?? null;
}

/** Where a run of `template` on this work order stands, from its answer entries (the latest per step counts). */
export function positionOf(template: OfferedChecklist, timeline: readonly WorkOrderNote[]): RunPosition {
  const steps = new Map(template.checklist.steps.map((s) => [s.id, s]));
  const recorded: RecordedAnswer[] = timeline.flatMap((n) =>
    n.checklistAnswer?.template === template.key ? [{ id: n.id, step: n.checklistAnswer.step, value: answerFromText(steps.get(n.checklistAnswer.step), n.checklistAnswer.value), createdAt: n.createdAt }] : [],
  );
  return runPosition(template.checklist, latestAnswers(recorded));
}

/** Where the run stands, or null for a template that leads nowhere from these answers. */
function positionOrNull(template: OfferedChecklist, timeline: readonly WorkOrderNote[]): RunPosition | null {
  try {
    return positionOf(template, timeline);
  } catch {
    return null;
  }
}

/** The outcome entry for an answer that brings the run to an exit it was not at before, if it does. */
function outcomeOf(template: OfferedChecklist, timeline: readonly WorkOrderNote[], answer: WorkOrderNote): WorkOrderNote | null {
  const after = positionOrNull(template, [...timeline, answer]);
  if (after?.at !== 'exit') return null;
  const before = positionOrNull(template, timeline);
  if (before?.at === 'exit' && before.exit.id === after.exit.id) return null;
  const result = after.result;
  const words = result.outcome === 'resolved' ? `resolved: ${result.summary}` : `escalate to level ${result.level}: ${result.reason}`;
  const { workOrderId, authorId, authorName, createdAt, updatedAt } = answer;
  return {
    id: uuidv7(), workOrderId, authorId, authorName, kind: 'checklist-outcome', text: `${template.name} ended, ${words}`,
    checklistOutcome: { template: template.key, version: template.version, exit: after.exit.id, outcome: result.outcome },
    createdAt, updatedAt,
  };
}

/**
 * Records one answer as a timeline entry of its own, as it is given: a run resumes after a
 * restart, and two devices answering offline never conflict (entries are append-only). An answer
 * that ends the run writes its outcome too, in the same write, so the work order keeps which exit
 * was reached (resolved or escalate) for its reports.
 */
export async function recordAnswer(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, template: OfferedChecklist, step: ChecklistStep, value: AnswerValue, timeline: readonly WorkOrderNote[]): Promise<void> {
  const at = new Date().toISOString();
  const answer: WorkOrderNote = {
    id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind: 'checklist-answer',
    text: `${template.name}: ${step.question} ${answerWords(step, value)}`,
    checklistAnswer: { template: template.key, version: template.version, step: step.id, value: String(value) },
    createdAt: at, updatedAt: at,
  };
  const outcome = outcomeOf(template, timeline, answer);
  const written = await db.work_order_notes.bulkInsert(outcome ? [answer, outcome] : [answer]);
  if (written.error.length > 0) throw new Error(`The checklist answer was not stored (status ${written.error[0]?.status}).`);
}
