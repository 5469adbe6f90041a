import { placeholderPattern, type ChecklistExit, type ChecklistStep, type ChecklistTemplate } from './checklist-template';

/**
 * Running a diagnosis checklist: where a run stands, from the answers given so far. Pure, so the
 * page, the service report and the tests read a run alike.
 *
 *   start ──answer──▶ step ──answer──▶ … ──▶ exit: resolved (code, summary)
 *                                            exit: escalate (level, reason, what was tried)
 *
 * An answer is a string or a number: "done"; "yes" or "no"; a choice's id; a number; a text; a
 * photo's attachment id; "" for a skipped optional answer. Answers are kept by step, and the walk
 * from the start follows only the answers on its way: changing an earlier answer takes the run
 * down another branch, and answers left off the new path are ignored, never deleted.
 */
export type AnswerValue = string | number;

/** An answer on the run's path, in the order asked. */
export type PathAnswer = { step: ChecklistStep; value: AnswerValue };

/** What a run's exit gives the work order, filled from the answers. */
export type ChecklistResult =
  | { outcome: 'resolved'; exit: string; resolutionCode: string; summary: string }
  | { outcome: 'escalate'; exit: string; level: number; reason: string; tried: string };

export type RunPosition =
  | { at: 'step'; step: ChecklistStep; path: PathAnswer[] }
  | { at: 'exit'; exit: ChecklistExit; path: PathAnswer[]; result: ChecklistResult };

/** Whether `value` answers `step` (a choice it offers, a number for a number, …). */
export function answerFits(step: ChecklistStep, value: AnswerValue): boolean {
  if (value === '' && step.optional) return true;
  switch (step.answer) {
    case 'done':
      return value === 'done';
    case 'yes-no':
      return value === 'yes' || value === 'no';
    case 'choice':
      return (step.choices ?? []).some((c) => c.id === value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
    case 'photo':
      return typeof value === 'string' && value.trim() !== '';
  }
}

/** A stored answer (a checklist-answer entry keeps text) as the engine reads it: a number step's digits as a number. */
export function answerFromText(step: ChecklistStep | undefined, stored: string): AnswerValue {
  return step?.answer === 'number' && stored !== '' ? Number(stored) : stored;
}

/**
 * What is wrong with an answer given at `stepId` of `template` (the version it was given under),
 * with the field it is about; null when the template asks that step and the answer fits it.
 */
export function checklistAnswerProblem(template: ChecklistTemplate | undefined, stepId: string, stored: string): { field: string; message: string } | null {
  if (!template) return { field: 'checklistAnswer.version', message: 'that checklist template version is not in the reference data' };
  const step = template.steps.find((s) => s.id === stepId);
  if (!step) return { field: 'checklistAnswer.step', message: `the checklist has no step ${stepId}` };
  return answerFits(step, answerFromText(step, stored)) ? null : { field: 'checklistAnswer.value', message: `this is not an answer to step ${stepId}` };
}

/** What is wrong with a recorded outcome: the exit must be one of the template version's, of that kind. */
export function checklistOutcomeProblem(template: ChecklistTemplate | undefined, exitId: string, outcome: string): { field: string; message: string } | null {
  if (!template) return { field: 'checklistOutcome.version', message: 'that checklist template version is not in the reference data' };
  const exit = template.exits.find((e) => e.id === exitId);
  if (!exit) return { field: 'checklistOutcome.exit', message: `the checklist has no exit ${exitId}` };
  return exit.outcome === outcome ? null : { field: 'checklistOutcome.outcome', message: `exit ${exitId} ends as ${exit.outcome}` };
}

/** Where an answer leads: the first branch whose condition holds, else the step's next. */
export function leadsTo(step: ChecklistStep, value: AnswerValue): string | undefined {
  for (const branch of step.branches ?? []) {
    if (branch.is !== undefined && branch.is === value) return branch.next;
    if (typeof value !== 'number') continue;
    if (branch.below !== undefined && value < branch.below) return branch.next;
    if (branch.atLeast !== undefined && value >= branch.atLeast) return branch.next;
  }
  return step.next;
}

/** An answer in words, as the timeline, the referral and the service report show it. */
export function answerWords(step: ChecklistStep, value: AnswerValue): string {
  if (value === '') return 'Skipped';
  switch (step.answer) {
    case 'done':
      return 'Done';
    case 'yes-no':
      return value === 'yes' ? 'Yes' : 'No';
    case 'choice':
      return step.choices?.find((c) => c.id === value)?.label ?? String(value);
    case 'number':
      return step.unit ? `${value} ${step.unit}` : String(value);
    case 'photo':
      return 'Photo taken';
    case 'text':
      return String(value);
  }
}

/** `{step-id}` in an exit's words replaced by the answer given there ("not asked" off the path). */
function filled(words: string, path: PathAnswer[]): string {
  const given = new Map(path.map((a) => [a.step.id, a]));
  return words.replace(placeholderPattern, (_, id: string) => {
    const answer = given.get(id);
    return answer ? answerWords(answer.step, answer.value) : 'not asked';
  });
}

function resultOf(exit: ChecklistExit, path: PathAnswer[]): ChecklistResult {
  if (exit.outcome === 'resolved') return { outcome: 'resolved', exit: exit.id, resolutionCode: exit.resolutionCode ?? '', summary: filled(exit.summary ?? '', path) };
  const reason = filled(exit.referral ?? '', path);
  const tried = path.map((a) => `${a.step.question} ${answerWords(a.step, a.value)}`).join('\n');
  return { outcome: 'escalate', exit: exit.id, level: exit.level ?? 2, reason, tried };
}

/**
 * Where a run of `template` stands given `answers` by step id: the next step to answer, or the
 * exit reached with its result. The template is one the validator accepted (no cycles, every
 * answer leads somewhere); a walk longer than the template's steps stops anyway.
 */
export function runPosition(template: ChecklistTemplate, answers: ReadonlyMap<string, AnswerValue>): RunPosition {
  const steps = new Map(template.steps.map((s) => [s.id, s]));
  const exits = new Map(template.exits.map((e) => [e.id, e]));
  const path: PathAnswer[] = [];
  let id: string | undefined = template.start;
  for (let guard = 0; id !== undefined && guard <= template.steps.length; guard++) {
    const exit = exits.get(id);
    if (exit) return { at: 'exit', exit, path, result: resultOf(exit, path) };
    const step = steps.get(id);
    if (!step) break;
    const value = answers.get(id);
    if (value === undefined || !answerFits(step, value)) return { at: 'step', step, path };
    path.push({ step, value });
    id = leadsTo(step, value);
  }
  throw new Error(`checklist template leads nowhere after ${path.length} answers: run the template validator first`);
}

/** One recorded answer, as a timeline entry holds it. */
export type RecordedAnswer = { id: string; step: string; value: AnswerValue; createdAt: string };

/**
 * The answer in force at each step: the latest recorded, by device time, then id, so two devices
 * answering the same step offline agree on which answer counts once both entries are synced.
 */
export function latestAnswers(recorded: Iterable<RecordedAnswer>): Map<string, AnswerValue> {
  const latest = new Map<string, RecordedAnswer>();
  for (const entry of recorded) {
    const held = latest.get(entry.step);
    if (!held || entry.createdAt > held.createdAt || (entry.createdAt === held.createdAt && entry.id > held.id)) latest.set(entry.step, entry);
  }
  return new Map([...latest].map(([step, entry]) => [step, entry.value]));
}
