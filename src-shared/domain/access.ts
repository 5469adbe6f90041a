import type { Role } from '../schema/user.schema';
import type { SchemaViolation } from '../schema/validate';
import { refusedMove } from './work-order-lifecycle';
import { raisesLevel, refusedEscalation } from './escalation';
import type { WorkOrderStatus } from './work-order-status';

/**
 * Who is writing: the server fills this from the session and the writer's users document, never
 * from the request body. `level` is their support level (1-3); `permissions` what an admin granted.
 */
export type Actor = { id: string; role: Role; level: number; permissions: readonly string[] };

type Doc = Record<string, unknown>;

/**
 * Which documents of a collection a technician pulls (supervisors and admins pull everything).
 * Named rather than coded so the server can run each one as SQL:
 *   everything               every document
 *   open-or-recently-worked  open work orders, and closed ones assigned to them updated in the last 90 days
 *   of-visible-work-order    notes of the work orders they can see
 *   of-readable-owner        attachments of the documents they may read (by the owner's own rule),
 *                            and their own attachments whose owner the server does not hold yet
 *   assessor-or-safety       every document for a safety officer; otherwise only those they assessed
 *                            (assessments hold information about a person's health and work)
 */
export type ReadRule = 'everything' | 'open-or-recently-worked' | 'of-visible-work-order' | 'of-readable-owner' | 'assessor-or-safety';

/** How long a technician keeps receiving the closed work orders they worked on. */
export const recentWorkDays = 90;

/** A write check: the first field the actor may not write as they did, or null. */
export type WriteRule = (actor: Actor, before: Doc | null, after: Doc) => SchemaViolation | null;

/** Supervisors and admins: they assign, close, cancel and delete. */
export const supervises = (role: Role) => role === 'supervisor' || role === 'admin';

export const isSupervisor = (actor: Actor) => supervises(actor.role);

const deny = (field: string, message: string): SchemaViolation => ({ field, message });
const changed = (before: Doc | null, after: Doc, field: string) =>
  before ? JSON.stringify(before[field]) !== JSON.stringify(after[field]) : after[field] !== undefined;

/** Composes rules; the first refusal wins. */
export const allOf =
  (...rules: WriteRule[]): WriteRule =>
  (actor, before, after) => {
    for (const rule of rules) {
      const violation = rule(actor, before, after);
      if (violation) return violation;
    }
    return null;
  };

/** Only supervisors delete: a technician's mistake is corrected, not erased. */
export const supervisorsDelete: WriteRule = (actor, before, after) =>
  after._deleted === true && !before?._deleted && !isSupervisor(actor) ? deny('_deleted', 'only a supervisor may delete') : null;

/** Fields only supervisors may set or change (cost, acquisition date ...). */
export const supervisorFields =
  (...fields: string[]): WriteRule =>
  (actor, before, after) => {
    if (isSupervisor(actor)) return null;
    const field = fields.find((f) => changed(before, after, f));
    return field ? deny(field, `only a supervisor may change ${field}`) : null;
  };

/** The whole collection is written by these roles only. */
export const writtenBy =
  (...roles: Role[]): WriteRule =>
  (actor) =>
    roles.includes(actor.role) ? null : deny('', `a ${actor.role} may not change this`);

/** A field that must name the writer (an entry's author): nobody writes in another's name. */
export const selfField =
  (field: string): WriteRule =>
  (actor, before, after) =>
    (!before || changed(before, after, field)) && after[field] !== actor.id ? deny(field, `${field} must be you`) : null;

/** A stored work order whose support level rises: an escalation, checked by its own rule (`supportLevelChange`). */
const escalates = (before: Doc | null, after: Doc) => before !== null && raisesLevel(before as never, after as never);

/**
 * Work assignment: supervisors assign freely; a technician may only take unassigned work of their
 * level or below for themselves (never hand work to someone else, nor take it from a colleague).
 * Giving work up is an escalation, which `supportLevelChange` checks.
 */
export const assignment: WriteRule = (actor, before, after) => {
  if (isSupervisor(actor) || !changed(before, after, 'assigneeId') || escalates(before, after)) return null;
  const from = (before?.assigneeId as string | undefined) ?? '';
  const to = after.assigneeId as string;
  if (to === actor.id && from === '') {
    const level = after.supportLevel as number;
    return level <= actor.level ? null : deny('assigneeId', `this work order waits for a level ${level} technician`);
  }
  if (!before && to === '') return null;
  return deny('assigneeId', 'only a supervisor may assign work to someone else');
};

/**
 * The support level of a stored work order rises only by an escalation (./escalation.ts): by its
 * assignee or a supervisor, back to new and unassigned, in a change of its own. Only supervisors
 * lower it (triage).
 */
export const supportLevelChange: WriteRule = (actor, before, after) => {
  if (!before || !changed(before, after, 'supportLevel')) return null;
  if (escalates(before, after)) return refusedEscalation(before as never, after as never, { id: actor.id, supervisor: isSupervisor(actor) });
  return isSupervisor(actor) ? null : deny('supportLevel', 'only a supervisor may lower the support level');
};

/** `updatedBy` may only ever be set to the writer (kept as it was when a merge keeps another's edit). */
export const changedBySelf: WriteRule = (actor, before, after) =>
  after.updatedBy !== undefined && changed(before, after, 'updatedBy') && after.updatedBy !== actor.id
    ? deny('updatedBy', 'updatedBy must be you')
    : null;

/** A field naming who created the document: the writer on creation, and never changed after. */
export const creatorField =
  (field: string): WriteRule =>
  (actor, before, after) => {
    if (!before) return after[field] === actor.id ? null : deny(field, `${field} must be you`);
    return changed(before, after, field) ? deny(field, `${field} never changes`) : null;
  };

/**
 * The work-order lifecycle (./work-order-lifecycle.ts): the pushed status must be reachable from
 * the stored one by steps the writer may take; a new work order starts from `new`.
 */
export const lifecycle: WriteRule = (actor, before, after) => {
  const from = before ? (before.status as WorkOrderStatus) : null;
  const to = after.status as WorkOrderStatus;
  if (from === to || escalates(before, after)) return null;
  const creator = (before ?? after).createdBy === actor.id;
  const refused = refusedMove(from, to, { supervisor: isSupervisor(actor), creator });
  return refused ? deny('status', refused) : null;
};

/** The permission that lets a staff user assess workstations and read every assessment (DECISIONS #13). */
export const safetyOfficer = 'safety-officer';

/** Supervisors (admins count as supervisors, as everywhere) and safety officers read and write every assessment. */
export const readsEveryAssessment = (actor: Actor) => isSupervisor(actor) || actor.permissions.includes(safetyOfficer);

/** Whether `actor` may read this assessment: theirs, or they read every one. */
export const mayReadAssessment = (actor: Actor, doc: Doc) => readsEveryAssessment(actor) || doc.assessorId === actor.id;

/**
 * Whether a rule lets `actor` read a stored document, for the rules that depend on who the reader
 * is rather than on the document's state alone; the server asks it before answering a push with its
 * copy (a conflict), so a writer who may not read a document never receives it that way.
 */
export function mayReadStored(rule: ReadRule, actor: Actor, doc: Doc): boolean {
  return rule === 'assessor-or-safety' ? mayReadAssessment(actor, doc) : true;
}

/**
 * Assessments: safety officers and supervisors create them; only the assessor, safety officers and
 * supervisors change them (their assessor keeps access after losing the permission: their own work).
 */
export const assessmentAccess: WriteRule = (actor, before) => {
  if (!before) return readsEveryAssessment(actor) ? null : deny('', 'only a safety officer or a supervisor may assess a workstation');
  return mayReadAssessment(actor, before) ? null : deny('', 'only the assessor, a safety officer or a supervisor may change an assessment');
};
