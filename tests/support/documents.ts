import { v7 as uuidv7 } from 'uuid';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { Asset } from '@shared/schema/asset.schema';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { derivePriority } from '@shared/domain/priority';

/**
 * A valid new work order created by `createdBy` (the server insists that is the writer, so name
 * the user who pushes it); override any field.
 */
export function newWorkOrder(overrides: Partial<WorkOrder> & Pick<WorkOrder, 'createdBy'>): WorkOrder & { _deleted: boolean } {
  const at = new Date().toISOString();
  const impact = overrides.impact ?? 2;
  const urgency = overrides.urgency ?? 2;
  const priority = derivePriority(impact as 1 | 2 | 3, urgency as 1 | 2 | 3);
  return {
    id: uuidv7(),
    title: 'Printer jams on every job',
    description: 'Second floor printer',
    requester: { name: 'Alice Smith', department: 'Clerk', phone: '555-123-4567', email: 'alice.smith@county.example' },
    siteId: 'site-001',
    building: 'Main',
    room: '101',
    category: 'printer-peripheral',
    impact,
    urgency,
    priority,
    status: 'new',
    supportLevel: 1,
    assigneeId: '',
    createdAt: at,
    updatedAt: at,
    slaPolicyVersion: 1,
    resolutionSummary: '',
    ...overrides,
    _deleted: false,
  };
}

/** A note on `workOrderId` by `authorId` (the server insists that is the writer); override any field. */
export function newNote(workOrderId: string, overrides: Partial<WorkOrderNote> & Pick<WorkOrderNote, 'authorId'>): WorkOrderNote & { _deleted: boolean } {
  const at = new Date().toISOString();
  return {
    id: uuidv7(),
    workOrderId,
    authorName: 'Test',
    kind: 'note',
    text: 'Checked the cable.',
    createdAt: at,
    updatedAt: at,
    ...overrides,
    _deleted: false,
  };
}

/** The same document edited now. */
export function edited<T extends { updatedAt: string }>(doc: T, changes: Partial<T>): T {
  return { ...doc, ...changes, updatedAt: new Date(Date.now() + 1).toISOString() };
}

/** A valid new asset; override any field. */
export function newAsset(overrides: Partial<Asset> = {}): Asset & { _deleted: boolean } {
  return {
    id: uuidv7(),
    tag: `TEST-${uuidv7().slice(-12)}`,
    serialNumber: 'SN123',
    kind: 'desktop',
    make: 'Dell',
    model: 'OptiPlex 7010',
    siteId: 'site-001',
    building: 'Main',
    room: '101',
    assignedEmployee: '',
    status: 'in-service',
    updatedAt: new Date().toISOString(),
    ...overrides,
    _deleted: false,
  };
}

/** A valid draft assessment by `assessorId` (who must be the writer, and a safety officer or supervisor to create it). */
export function newAssessment(assessorId: string, overrides: Partial<ErgonomicAssessment> = {}): ErgonomicAssessment & { _deleted: boolean } {
  const at = new Date().toISOString();
  return {
    id: uuidv7(),
    employee: { name: 'Dana Whitfield', department: 'Treasury', jobTitle: 'Clerk' },
    siteId: 'site-001',
    building: 'Main',
    room: '210',
    assetIds: [],
    assessorId,
    method: 'rosa',
    status: 'draft',
    rosa: {},
    recommendations: [],
    notes: '',
    assessedAt: at,
    updatedAt: at,
    ...overrides,
    _deleted: false,
  };
}
