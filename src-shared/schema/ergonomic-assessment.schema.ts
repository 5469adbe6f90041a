import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference } from './common';
import { oshaAnswersSchema, rosaAnswersSchema } from './rosa-answers.schema';
import { rosaFindings } from '../domain/ergonomics/rosa-findings';
import { rosaInputProblems } from '../domain/ergonomics/rosa-input-problems';
import { oshaAnswerProblems, type OshaAnswers } from '../domain/ergonomics/osha-answers';
import { oshaItems } from '../domain/ergonomics/osha-checklist';
import type { RosaDraft } from '../domain/ergonomics/rosa-draft';
import { answerNoteProblem } from '../domain/ergonomics/answer-notes';
import type { SchemaViolation } from './validate';

const words = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const reason = words(300);

/** A recommendation given: from the county's catalogue (`catalogueId`) or typed, and the equipment work order made from it. */
const recommendation = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    /** The catalogue recommendation it came from (reference data, kind recommendation-catalogue); absent when typed. */
    catalogueId: words(60),
    text: { type: 'string', minLength: 1, maxLength: 1000 },
    /** The ROSA findings it answers (from the catalogue). */
    findings: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'string', enum: rosaFindings, maxLength: 48 } },
    /** What to order, when it is equipment. */
    equipment: words(120),
    /** The equipment-request work order made from it (the work order names the equipment alone). */
    workOrderId: reference,
  },
  required: ['id', 'text'],
} as const;

/**
 * A workstation assessment of one employee by ROSA (docs/specs/ROSA.md), with the OSHA checklist
 * beside it. `rosa` is exactly ROSA.md section 13's input, partial while a draft: scores are never
 * stored, they are computed from it by `scoreRosa` wherever shown (form, list, report), so they
 * cannot disagree with the answers. A final assessment must be a complete ROSA input. Read and
 * written only by its assessor, safety officers and supervisors (access.ts, `assessor-or-safety`).
 */
export const ergonomicAssessmentSchema = toTypedRxJsonSchema({
  title: 'ergonomic assessment',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    /** Who was assessed: picked from the county's people (`userId` when a user) or typed. */
    employee: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 120 },
        department: words(120),
        jobTitle: words(120),
        userId: reference,
      },
      required: ['name', 'department', 'jobTitle'],
    },
    siteId: reference,
    building: words(80),
    room: words(40),
    /** The workstation's assets (chair, monitor, keyboard ...) from the register, picked or scanned. */
    assetIds: { type: 'array', maxItems: 20, uniqueItems: true, items: reference },
    assessorId: reference,
    updatedBy: reference,
    method: { type: 'string', enum: ['rosa'], maxLength: 8 },
    status: { type: 'string', enum: ['draft', 'final'], maxLength: 8 },
    rosa: rosaAnswersSchema,
    /**
     * The chair has no armrests: the assessor's own answer, kept for the report. ROSA has no such
     * option; it is scored as arms unsupported (`rosa.chair.armrests.base` "tooHighOrLow", no
     * modifier), as ROSA.md section 13 says.
     */
    noArmrests: { type: 'boolean' },
    /**
     * Where the hours a day and the longest stretch point to different time categories, why the
     * assessor picked the one they did (ROSA.md section 2: pick one and record why). A key present
     * says the two disagree for that item; a final assessment gives each a reason.
     */
    durationWhy: {
      type: 'object',
      additionalProperties: false,
      properties: { chair: reason, monitor: reason, telephone: reason, mouse: reason, keyboard: reason },
    },
    osha: oshaAnswersSchema,
    recommendations: { type: 'array', maxItems: 50, items: recommendation },
    /** What the assessor saw and said, beyond the answers. */
    notes: words(4000),
    /** When to look again, a calendar date (YYYY-MM-DD). */
    followUpOn: { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    /** The assessment of the same employee this one follows up (shown side by side). */
    previousId: reference,
    assessedAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'employee', 'siteId', 'building', 'room', 'assetIds', 'assessorId', 'method', 'status', 'rosa', 'recommendations', 'notes', 'assessedAt', 'updatedAt'],
  indexes: ['updatedAt'],
} as const);

type Derived = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ergonomicAssessmentSchema>;

/** An assessment; its answers typed by the domain (the schema is generated from the same items). */
export type ErgonomicAssessment = Omit<Derived, 'rosa' | 'osha'> & { rosa: RosaDraft; osha?: OshaAnswers };
export type AssessmentRecommendation = ErgonomicAssessment['recommendations'][number];

const oshaItemIds: ReadonlySet<string> = new Set(oshaItems.map((item) => item.id));

/**
 * What the schema cannot say: a final assessment is a complete ROSA input, its notes stand (a
 * reason for each time category where the criteria disagree; "no armrests" scored as such), and
 * its checklist answers are acceptable (a "no" has its note). A draft may be anything the schema allows, so a
 * half-filled form taken offline is never refused.
 */
export function checkAssessment(doc: ErgonomicAssessment): SchemaViolation | null {
  const unknown = Object.keys(doc.osha?.items ?? {}).find((id) => !oshaItemIds.has(id));
  if (unknown) return { field: `osha.items.${unknown}`, message: 'this is not an item of the OSHA checklist' };
  if (doc.status !== 'final') return null;
  const rosa = rosaInputProblems(doc.rosa)[0];
  if (rosa) return { field: `rosa.${rosa.field}`, message: rosa.message };
  const notes = answerNoteProblem(doc);
  if (notes) return notes;
  const osha = doc.osha && oshaAnswerProblems(doc.osha, { complete: false })[0];
  return osha ? { field: `osha.${osha.field}`, message: osha.message } : null;
}

/** The first version's document, for its migration. */
type AssessmentV0 = {
  id: string; siteId: string; building: string; room: string; employeeName: string; assessorId: string;
  method: 'rosa'; status: 'draft' | 'final'; items: Record<string, number>; scores?: unknown;
  recommendations: string[]; assessedAt: string; updatedAt: string;
};

/**
 * Version 1: ROSA answers instead of item scores (which cannot be turned back into answers, so an
 * earlier assessment becomes a draft to answer again), the employee's department and job title,
 * assets, the OSHA checklist, recommendations with ids. The server's migration 10 does the same
 * in SQL (src-server/db/migrations.ts), so both hold identical documents.
 */
export function assessmentFromV0(old: AssessmentV0): ErgonomicAssessment {
  return {
    id: old.id,
    employee: { name: old.employeeName, department: '', jobTitle: '' },
    siteId: old.siteId,
    building: old.building,
    room: old.room,
    assetIds: [],
    assessorId: old.assessorId,
    method: 'rosa',
    status: 'draft',
    rosa: {},
    recommendations: old.recommendations.flatMap((text, i) => (text.length > 0 ? [{ id: `r${i + 1}`, text }] : [])),
    notes: '',
    assessedAt: old.assessedAt,
    updatedAt: old.updatedAt,
  };
}

/** Version 2 adds `noArmrests` and `durationWhy`, both optional: an earlier document is unchanged. */
export const ergonomicAssessmentMigrations = { 1: assessmentFromV0, 2: (doc: ErgonomicAssessment) => doc };
