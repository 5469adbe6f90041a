import type { ReferenceDoc } from '../schema/reference.schema';

/** A diagnosis checklist as reference data holds it (../schema/checklist-template.schema.ts). */
export type ChecklistTemplate = NonNullable<ReferenceDoc['checklist']>;
export type ChecklistStep = ChecklistTemplate['steps'][number];
export type ChecklistExit = ChecklistTemplate['exits'][number];
export type ChecklistBranch = NonNullable<ChecklistStep['branches']>[number];

/** One thing wrong with a template: the field (under `checklist.`), and the step or exit it is about. */
export type TemplateProblem = { field: string; step?: string; message: string };

/** `{step-id}` in an exit's summary or referral: filled with the answer given at that step. */
export const placeholderPattern = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

const branchable = new Set(['yes-no', 'choice', 'number']);
const skippable = new Set(['text', 'number', 'photo']);

/** The answers that a step's `is` conditions may name: yes and no, or the choices' ids. */
function namedAnswers(step: ChecklistStep): string[] | null {
  if (step.answer === 'yes-no') return ['yes', 'no'];
  if (step.answer === 'choice') return (step.choices ?? []).map((c) => c.id);
  return null;
}

/** Whether every answer the step can take has somewhere to go. */
function everyAnswerLeads(step: ChecklistStep): string | null {
  if (step.next !== undefined) return null;
  if (step.optional && step.answer === 'number') return 'a skipped answer leads nowhere: it is a dead end (give it a next step)';
  const branches = step.branches ?? [];
  const named = namedAnswers(step);
  if (named) {
    const covered = new Set(branches.map((b) => b.is));
    const open = named.filter((answer) => !covered.has(answer));
    return open.length === 0 ? null : `answer “${open[0]}” leads nowhere: it is a dead end (add a branch for it, or a next step)`;
  }
  if (step.answer === 'number') {
    const below = Math.max(-Infinity, ...branches.map((b) => b.below ?? -Infinity));
    const atLeast = Math.min(Infinity, ...branches.map((b) => b.atLeast ?? Infinity));
    return atLeast <= below ? null : 'some numbers lead nowhere: it is a dead end (add a next step, or branches below and at least one number)';
  }
  return 'it leads nowhere: it is a dead end (give it a next step)';
}

/** What is wrong with one step on its own (its question and branches), by field. */
function stepProblems(step: ChecklistStep, i: number, targets: ReadonlySet<string>): TemplateProblem[] {
  const at = (field: string, message: string): TemplateProblem => ({ field: `steps.${i}.${field}`, step: step.id, message: `step “${step.id}”: ${message}` });
  const problems: TemplateProblem[] = [];
  const choices = step.choices ?? [];
  if ((step.answer === 'choice') !== (step.choices !== undefined)) problems.push(at('choices', 'a choice question has choices, and only a choice question has them'));
  else if (step.answer === 'choice' && choices.length < 2) problems.push(at('choices', 'a choice question has two choices or more'));
  const seen = new Set<string>();
  for (const [c, choice] of choices.entries()) {
    if (seen.has(choice.id)) problems.push(at(`choices.${c}.id`, `choice “${choice.id}” is there twice`));
    seen.add(choice.id);
  }
  if (step.optional && !skippable.has(step.answer)) problems.push(at('optional', 'only a text, number or photo answer may be skipped'));
  if (step.unit !== undefined && step.answer !== 'number') problems.push(at('unit', 'only a number has a unit'));
  const branches = step.branches ?? [];
  if (branches.length > 0 && !branchable.has(step.answer)) problems.push(at('branches', `a ${step.answer} answer does not branch: give it a next step only`));
  const named = namedAnswers(step);
  for (const [b, branch] of branches.entries()) {
    const conditions = [branch.is, branch.below, branch.atLeast].filter((c) => c !== undefined).length;
    if (conditions !== 1) problems.push(at(`branches.${b}`, 'a branch has exactly one condition: is, below or atLeast'));
    else if (branch.is !== undefined && !named?.includes(branch.is)) problems.push(at(`branches.${b}.is`, `“${branch.is}” is not an answer to this question`));
    else if (branch.is === undefined && step.answer !== 'number') problems.push(at(`branches.${b}`, 'below and atLeast are for number answers'));
    if (!targets.has(branch.next)) problems.push(at(`branches.${b}.next`, `leads to “${branch.next}”, which is neither a step nor an exit`));
  }
  if (step.next !== undefined && !targets.has(step.next)) problems.push(at('next', `leads to “${step.next}”, which is neither a step nor an exit`));
  const dead = everyAnswerLeads(step);
  if (dead) problems.push(at('next', dead));
  return problems;
}

/** What an exit lacks or carries that is not its outcome's. */
function exitProblems(exit: ChecklistExit, i: number, stepIds: ReadonlySet<string>): TemplateProblem[] {
  const at = (field: string, message: string): TemplateProblem => ({ field: `exits.${i}.${field}`, step: exit.id, message: `exit “${exit.id}”: ${message}` });
  const resolved = exit.outcome === 'resolved';
  const own = resolved ? (['resolutionCode', 'summary'] as const) : (['level', 'referral'] as const);
  const others = resolved ? (['level', 'referral'] as const) : (['resolutionCode', 'summary'] as const);
  const problems: TemplateProblem[] = [];
  for (const field of own) {
    const value = exit[field];
    if (value === undefined || (typeof value === 'string' && !value.trim())) problems.push(at(field, `a${resolved ? ' resolved' : 'n escalate'} exit needs its ${field}`));
  }
  for (const field of others) if (exit[field] !== undefined) problems.push(at(field, `a${resolved ? ' resolved' : 'n escalate'} exit has no ${field}`));
  for (const field of ['summary', 'referral'] as const) {
    for (const [, name] of (exit[field] ?? '').matchAll(placeholderPattern)) {
      if (!stepIds.has(name!)) problems.push(at(field, `{${name}} names no step of this checklist`));
    }
  }
  return problems;
}

/** Where each step leads, by id. */
const targetsOf = (step: ChecklistStep) => [...(step.branches ?? []).map((b) => b.next), ...(step.next === undefined ? [] : [step.next])];

/** Steps that lead back to themselves (the first step of each cycle met), and what cannot be reached from the start. */
function flowProblems(template: ChecklistTemplate): TemplateProblem[] {
  const steps = new Map(template.steps.map((s) => [s.id, s]));
  const index = new Map([...template.steps.map((s, i) => [s.id, `steps.${i}`] as const), ...template.exits.map((e, i) => [e.id, `exits.${i}`] as const)]);
  const problems: TemplateProblem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  // Depth first from the start: a step met again while still open is on a cycle.
  const visit = (id: string, from: string | null) => {
    const seen = state.get(id);
    if (seen === 'open' && from) problems.push({ field: `${index.get(from)}.next`, step: from, message: `step “${from}” leads back to “${id}”: a checklist only runs forward` });
    if (seen) return;
    state.set(id, 'open');
    const step = steps.get(id);
    if (step) for (const next of targetsOf(step)) if (index.has(next)) visit(next, id);
    state.set(id, 'done');
  };
  if (steps.has(template.start)) visit(template.start, null);
  for (const id of index.keys()) {
    if (state.has(id) || !steps.has(template.start)) continue;
    const kind = steps.has(id) ? 'step' : 'exit';
    problems.push({ field: index.get(id)!, step: id, message: `${kind} “${id}” is never reached from the start` });
  }
  return problems;
}

/**
 * Every problem of a checklist template beyond its schema, each naming its step or exit: ids used
 * twice, a start that is not a step, choice questions without choices, branches on answers the
 * question cannot give, steps that lead nowhere (dead ends) or back to an earlier step, steps and
 * exits never reached, exits without their fields (a resolved exit's code and summary, an
 * escalation's level and referral), and referral placeholders naming no step.
 */
export function checklistTemplateProblems(template: ChecklistTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const ids = new Set<string>();
  const all = [...template.steps.map((s, i) => [s.id, `steps.${i}.id`] as const), ...template.exits.map((e, i) => [e.id, `exits.${i}.id`] as const)];
  for (const [id, field] of all) {
    if (ids.has(id)) problems.push({ field, step: id, message: `“${id}” is used twice: steps and exits each need their own id` });
    ids.add(id);
  }
  const stepIds = new Set(template.steps.map((s) => s.id));
  if (!stepIds.has(template.start)) problems.push({ field: 'start', message: `the checklist starts at “${template.start}”, which is not one of its steps` });
  template.steps.forEach((step, i) => problems.push(...stepProblems(step, i, ids)));
  template.exits.forEach((exit, i) => problems.push(...exitProblems(exit, i, stepIds)));
  if (problems.length === 0) problems.push(...flowProblems(template));
  return problems;
}
