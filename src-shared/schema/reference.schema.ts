import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference, unchanged } from './common';
import { holdReasons } from '../domain/work-order-status';
import { rosaFindings } from '../domain/ergonomics/rosa-findings';
import type { SlaPolicy } from '../domain/sla-policy';
import { referenceKey } from './reference-key';
import { checklistTemplate } from './checklist-template.schema';
import { checklistFromItems } from './legacy-checklist';

export { referenceKey };

/** What a reference document holds; each kind has its own body field (`bodyField`). */
export const referenceKinds = ['sla-policy', 'work-order-category', 'checklist-template', 'recommendation-catalogue', 'tag-format', 'resolution-code', 'work-order-settings'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];


const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const words = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

/** Working minutes, more than none and at most a year. */
const minutes = { type: 'number', exclusiveMinimum: 0, maximum: 525_600 } as const;
const target = {
  type: 'object',
  additionalProperties: false,
  properties: { responseMinutes: minutes, resolutionMinutes: minutes },
  required: ['responseMinutes', 'resolutionMinutes'],
} as const;
/** Local wall time "HH:MM"; "24:00" is the end of the day. */
export const clockTime = { type: 'string', maxLength: 5, pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' } as const;
/** A weekday's working hours [start, end], or null: closed all day. */
const day = { type: ['array', 'null'], minItems: 2, maxItems: 2, items: clockTime } as const;
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * The SLA policy, exactly the `SlaPolicy` of docs/specs/SLA.md, so the SLA clock takes it as
 * it is stored: targets per priority, the working calendar, the hold reasons that pause the
 * resolution clock, and the fraction of a target at which a clock turns amber.
 */
const slaPolicy = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // Priorities are the keys "1" to "5" (RxDB allows only names that start with a letter under `properties`).
    targets: { type: 'object', additionalProperties: false, patternProperties: { '^[1-5]$': target }, required: ['1', '2', '3', '4', '5'] },
    calendar: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['24x7', 'business'], maxLength: 8 },
        /** IANA name, such as "America/Los_Angeles". */
        timeZone: words(64),
        hours: { type: 'object', additionalProperties: false, properties: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }, required: weekdays },
        /** Local dates "YYYY-MM-DD" with no working time. */
        holidays: { type: 'array', maxItems: 400, uniqueItems: true, items: { type: 'string', maxLength: 10, pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } },
      },
      required: ['kind'],
    },
    pauseOn: { type: 'array', maxItems: holdReasons.length, uniqueItems: true, items: { type: 'string', enum: holdReasons, maxLength: 24 } },
    warnAt: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  },
  required: ['targets', 'calendar', 'pauseOn', 'warnAt'],
} as const;

/** A work-order category and the questions a technician asks when the request comes in. */
const category = {
  type: 'object',
  additionalProperties: false,
  properties: {
    description: text(500),
    questions: {
      type: 'array',
      maxItems: 30,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: referenceKey,
          text: words(300),
          answer: { type: 'string', enum: ['yes-no', 'text', 'choice'], maxLength: 8 },
          choices: { type: 'array', maxItems: 12, items: words(80) },
        },
        required: ['id', 'text', 'answer'],
      },
    },
  },
  required: ['description', 'questions'],
} as const;

/** What an ergonomic assessment can recommend, by the ROSA findings each recommendation answers. */
const catalogue = {
  type: 'object',
  additionalProperties: false,
  properties: {
    method: { type: 'string', enum: ['rosa'], maxLength: 8 },
    /** The method's source, named wherever the app shows it (DECISIONS.md #13, "Claims"). */
    source: words(300),
    note: text(1000),
    recommendations: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: referenceKey,
          findings: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: { type: 'string', enum: rosaFindings, maxLength: 48 } },
          text: words(500),
          /** What to order, when the recommendation is equipment (becomes an equipment work order). */
          equipment: text(120),
        },
        required: ['id', 'findings', 'text'],
      },
    },
  },
  required: ['method', 'source', 'note', 'recommendations'],
} as const;

/** Which scanned or typed tags are county asset tags: a regular expression over normalised tags (../domain/asset-tag.ts). */
const tagFormat = {
  type: 'object',
  additionalProperties: false,
  properties: { pattern: words(200), example: words(40), description: text(300) },
  required: ['pattern', 'example', 'description'],
} as const;

/**
 * A resolution code: what kind of fix closed a work order (the service report and the
 * supervisors' reports count by it). `legacy`: given to work orders resolved before codes
 * existed, never offered for a new resolution.
 */
const resolution = {
  type: 'object',
  additionalProperties: false,
  properties: { description: text(300), legacy: { type: 'boolean' } },
  required: ['description'],
} as const;

/** How the county runs its work orders, beyond the SLA policy (which SLA.md fixes to its own shape). */
const workOrderSettings = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** An open work order whose client has heard nothing for longer than this is flagged. */
    clientUpdateEveryHours: { type: 'integer', minimum: 1, maximum: 720 },
  },
  required: ['clientUpdateEveryHours'],
} as const;

/**
 * County settings and templates, as versions. A document is one version of one item (`kind` and
 * `key`); a change is a new document with the next `version`, never an edit, so a work order can
 * name the SLA policy version it was opened under, and nothing is ever overwritten. The version in
 * force is the highest one not deleted (../domain/reference.ts). Versions shipped with FieldDesk
 * (`shipped`, set by the server alone) have fixed ids; the county's have no `shipped` and name who
 * saved them in `createdBy`.
 */
export const referenceSchema = toTypedRxJsonSchema({
  title: 'reference',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    kind: { type: 'string', enum: referenceKinds, maxLength: 32 },
    key: referenceKey,
    version: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    name: words(120),
    shipped: { type: 'boolean' },
    createdBy: reference,
    createdAt: isoTime,
    updatedAt: isoTime,
    slaPolicy,
    category,
    checklist: checklistTemplate,
    catalogue,
    tagFormat,
    resolution,
    workOrderSettings,
  },
  required: ['id', 'kind', 'key', 'version', 'name', 'createdAt', 'updatedAt'],
} as const);

/**
 * A reference document. Its SLA policy's targets are named by priority (../domain/sla-policy.ts):
 * the schema gives them by pattern, which RxDB's types cannot derive.
 */
export type ReferenceDoc = Omit<ExtractDocumentTypeFromTypedRxJsonSchema<typeof referenceSchema>, 'slaPolicy'> & { slaPolicy?: SlaPolicy };

/** The field that holds each kind's content. */
export const bodyField = {
  'sla-policy': 'slaPolicy',
  'work-order-category': 'category',
  'checklist-template': 'checklist',
  'recommendation-catalogue': 'catalogue',
  'tag-format': 'tagFormat',
  'resolution-code': 'resolution',
  'work-order-settings': 'workOrderSettings',
} as const satisfies Record<ReferenceKind, keyof ReferenceDoc>;

/**
 * Version 1: checklist templates branch (steps, answers leading to steps or exits) instead of a
 * flat list of items; a stored list becomes the same steps one after another (./legacy-checklist.ts,
 * the function the server's migration 11 uses, so both hold the same document). Also added: the
 * `resolution-code` kind. Version 2 added the `work-order-settings` kind: stored versions stay as
 * they are.
 */
export const referenceMigrations = { 1: (old: Record<string, unknown>) => checklistFromItems(old) as ReferenceDoc, 2: unchanged<ReferenceDoc> };
