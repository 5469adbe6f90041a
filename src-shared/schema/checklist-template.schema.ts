import { referenceKey } from './reference-key';

/** How a step is answered: a step that is only an instruction is answered "done". */
export const checklistAnswerKinds = ['done', 'yes-no', 'choice', 'number', 'text', 'photo'] as const;
export type ChecklistAnswerKind = (typeof checklistAnswerKinds)[number];

/** How a checklist ends: the work is done here, or it goes to a higher support level. */
export const checklistOutcomes = ['resolved', 'escalate'] as const;
export type ChecklistOutcome = (typeof checklistOutcomes)[number];

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const words = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

/**
 * Where an answer leads: the first branch whose condition holds, else the step's `next`. A
 * condition is one of `is` (a yes-no answer "yes" or "no", or a choice's id), `below` or
 * `atLeast` (a number). `next` names a step or an exit of the same template.
 */
const branch = {
  type: 'object',
  additionalProperties: false,
  properties: {
    is: referenceKey,
    below: { type: 'number' },
    atLeast: { type: 'number' },
    next: referenceKey,
  },
  required: ['next'],
} as const;

const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: referenceKey,
    /** What to do, in the technician's words. */
    instruction: words(800),
    /** What the technician answers once it is done. */
    question: words(300),
    answer: { type: 'string', enum: checklistAnswerKinds, maxLength: 8 },
    /** A choice question's choices (two or more); only a choice question has them. */
    choices: {
      type: 'array',
      maxItems: 12,
      items: { type: 'object', additionalProperties: false, properties: { id: referenceKey, label: words(80) }, required: ['id', 'label'] },
    },
    /** A number's unit, shown beside it ("ms", "GB"). */
    unit: text(16),
    /** A text, number or photo answer that may be skipped. */
    optional: { type: 'boolean' },
    branches: { type: 'array', maxItems: 12, items: branch },
    next: referenceKey,
  },
  required: ['id', 'instruction', 'question', 'answer'],
} as const;

/**
 * An end of the checklist. `resolved` suggests a resolution code (a `resolution-code` key) and a
 * summary; `escalate` suggests the support level (2 or 3) and the referral's reason. In either
 * text `{step-id}` is replaced by the answer given at that step. The template validator
 * (../domain/checklist-template.ts) checks each outcome carries exactly its own fields.
 */
const exit = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: referenceKey,
    outcome: { type: 'string', enum: checklistOutcomes, maxLength: 8 },
    resolutionCode: referenceKey,
    summary: text(2000),
    level: { type: 'integer', minimum: 2, maximum: 3 },
    referral: text(2000),
  },
  required: ['id', 'outcome'],
} as const;

/**
 * A diagnosis checklist: steps from `start`, each answer leading to another step or to an exit.
 * Offered on work orders of the categories it names. Step and exit ids share one namespace.
 */
export const checklistTemplate = {
  type: 'object',
  additionalProperties: false,
  properties: {
    description: text(500),
    categories: { type: 'array', maxItems: 20, uniqueItems: true, items: referenceKey },
    start: referenceKey,
    steps: { type: 'array', minItems: 1, maxItems: 100, items: step },
    exits: { type: 'array', minItems: 1, maxItems: 30, items: exit },
  },
  required: ['description', 'categories', 'start', 'steps', 'exits'],
} as const;
