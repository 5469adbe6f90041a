import type { PushRow, WireDoc } from '@shared/sync/protocol';
import type { ChecklistTemplate } from '@shared/domain/checklist-template';
import { checklistAnswerProblem, checklistOutcomeProblem } from '@shared/domain/checklist-run';
import type { Sql } from '../db/database';
import { RequestError } from './request-error';

type Answer = { template: string; version: number; step: string; value: string };
type Outcome = { template: string; version: number; exit: string; outcome: string };

/** The checklist template versions a batch of timeline entries answers, by `key@version`. */
export type KnownTemplates = Map<string, ChecklistTemplate>;

const versionKey = (template: string, version: number) => `${template}@${version}`;
const answerOf = (doc: WireDoc) => (doc.kind === 'checklist-answer' ? (doc.checklistAnswer as Answer | undefined) : undefined);
const outcomeOf = (doc: WireDoc) => (doc.kind === 'checklist-outcome' ? (doc.checklistOutcome as Outcome | undefined) : undefined);

/**
 * One query inside the push's transaction. A version retired since still counts: a technician
 * offline answered the checklist as it was offered to them.
 */
export async function knownTemplates(tx: Sql, rows: readonly PushRow[]): Promise<KnownTemplates> {
  const keys = [...new Set(rows.flatMap((r) => (answerOf(r.newDocumentState) ?? outcomeOf(r.newDocumentState))?.template ?? []))];
  if (keys.length === 0) return new Map();
  const { rows: held } = await tx.query<{ data: { key: string; version: number; checklist?: ChecklistTemplate } }>(
    "SELECT data FROM documents WHERE collection = 'reference' AND data->>'kind' = 'checklist-template' AND data->>'key' = ANY($1)",
    [keys],
  );
  return new Map(held.flatMap(({ data }) => (data.checklist ? [[versionKey(data.key, data.version), data.checklist] as const] : [])));
}

/**
 * Refuses (400 naming the field) a new checklist answer that its template version does not ask
 * for or that does not fit its step (a choice not offered, words for a number), and an outcome
 * naming an exit the version lacks or of another kind: the timeline, the run's position, the
 * service report and the reports of what checklists ended in are read from these entries.
 */
export function checkChecklistAnswer(known: KnownTemplates, stored: WireDoc | undefined, next: WireDoc): void {
  if (stored) return;
  const answer = answerOf(next);
  const outcome = outcomeOf(next);
  const problem = answer
    ? checklistAnswerProblem(known.get(versionKey(answer.template, answer.version)), answer.step, answer.value)
    : outcome
      ? checklistOutcomeProblem(known.get(versionKey(outcome.template, outcome.version)), outcome.exit, outcome.outcome)
      : null;
  if (problem) throw new RequestError(400, `document ${String(next.id)}: ${problem.field}: ${problem.message}`, problem.field, String(next.id));
}
