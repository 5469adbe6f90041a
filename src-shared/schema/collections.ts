import type { RxJsonSchema } from 'rxdb';
import { siteSchema, type Site } from './site.schema';
import { checkPerson, userMigrations, userSchema, type Person } from './user.schema';
import { retiredWorkOrderFields, workOrderFromV2, workOrderMigrations, workOrderSchema, type WorkOrder } from './work-order.schema';
import { checkNote, workOrderNoteMigrations, workOrderNoteSchema, type WorkOrderNote } from './work-order-note.schema';
import { assetMigrations, assetSchema, type Asset } from './asset.schema';
import { checkInventory, inventorySchema, type InventoryDoc } from './inventory.schema';
import { inventoryWrite } from '../domain/inventory/inventory-access';
import { assetEventMigrations, assetEventSchema, checkAssetEvent, type AssetEvent } from './asset-event.schema';
import { checkAssessment, ergonomicAssessmentMigrations, ergonomicAssessmentSchema, type ErgonomicAssessment } from './ergonomic-assessment.schema';
import { attachmentSchema, checkAttachment, type Attachment } from './attachment.schema';
import { referenceMigrations, referenceSchema, type ReferenceDoc, type ReferenceKind } from './reference.schema';
import { checkReference } from './reference-check';
import { derivePriority, isLevel } from '../domain/priority';
import { missingForStatus } from '../domain/work-order-lifecycle';
import { allOf, assessmentAccess, assignment, changedBySelf, creatorField, lifecycle, selfField, supervisorFields, supervisorsDelete, supportLevelChange, writtenBy, type ReadRule, type WriteRule } from '../domain/access';
import type { SchemaViolation } from './validate';

/** The document type of each synced collection, by its wire name. */
export type CollectionDocs = {
  sites: Site;
  users: Person;
  'work-orders': WorkOrder;
  'work-order-notes': WorkOrderNote;
  assets: Asset;
  'asset-events': AssetEvent;
  'ergonomic-assessments': ErgonomicAssessment;
  attachments: Attachment;
  reference: ReferenceDoc;
  inventory: InventoryDoc;
};
export type CollectionName = keyof CollectionDocs;

/** What sync needs to know about a collection; a new collection is one entry here plus its schema. */
export type CollectionSpec<T> = {
  /** Name in URLs (`/sync/<name>/pull`), kebab-case plural. */
  name: string;
  /** Name of the local RxDB collection (RxDB allows no dashes). */
  localName: string;
  schema: RxJsonSchema<T>;
  /** How a device's stored documents move up to the schema's version, one function per version. */
  migrations?: Record<number, (old: never) => T>;
  /** Fields only the server writes (kept from the server's copy whatever a client pushes). */
  serverOwned: readonly (keyof T & string)[];
  /** Documents are never edited after creation, so they can never conflict. */
  appendOnly: boolean;
  /** Which documents a technician pulls. */
  read: ReadRule;
  /** Who may write what; checked on the server against the stored copy. */
  write: WriteRule;
  /** Rules beyond the schema that a stored document must satisfy. */
  check?: (doc: T) => SchemaViolation | null;
  /**
   * Fields that name an item of reference data of a kind by its key: the server refuses a value
   * it holds no such item for (400 naming the field), checked when the value is set or changed.
   */
  refersTo?: Partial<Record<keyof T & string, ReferenceKind>>;
  /**
   * A document as a laptop on an earlier build sends it, brought up to this schema on arrival at
   * the server (the same step the devices' own migration takes), so that laptop's work is still
   * taken until it upgrades; documents of this build pass unchanged.
   */
  fromEarlierBuild?: (doc: Record<string, unknown>) => Record<string, unknown>;
};

type Registry = { [K in CollectionName]: CollectionSpec<CollectionDocs[K]> };

const priorityFollowsMatrix = (doc: WorkOrder): SchemaViolation | null => {
  if (!isLevel(doc.impact) || !isLevel(doc.urgency)) return null;
  const expected = derivePriority(doc.impact, doc.urgency);
  return doc.priority === expected
    ? null
    : { field: 'priority', message: `priority must be ${expected} for impact ${doc.impact} and urgency ${doc.urgency}` };
};

/** A status comes with what it needs: an assignee once assigned, a resolution once resolved. */
const statusHasItsNeeds = (doc: WorkOrder): SchemaViolation | null => {
  const missing = missingForStatus(doc);
  const words = { assigneeId: 'an assignee', resolutionCode: 'a resolution code', resolutionSummary: 'a resolution summary' } as const;
  return missing ? { field: missing, message: `a work order with status ${doc.status} needs ${words[missing]}` } : null;
};

export const collections: Registry = {
  sites: { name: 'sites', localName: 'sites', schema: siteSchema, serverOwned: [], appendOnly: false, read: 'everything', write: writtenBy('supervisor', 'admin') },
  users: { name: 'users', localName: 'users', schema: userSchema, migrations: userMigrations, serverOwned: [], appendOnly: false, read: 'everything', write: writtenBy('admin'), check: checkPerson },
  'work-orders': {
    name: 'work-orders',
    localName: 'work_orders',
    schema: workOrderSchema,
    migrations: workOrderMigrations,
    serverOwned: ['number'],
    appendOnly: false,
    read: 'open-or-recently-worked',
    write: allOf(supervisorsDelete, assignment, changedBySelf, creatorField('createdBy'), lifecycle, supportLevelChange),
    check: (doc) => priorityFollowsMatrix(doc) ?? statusHasItsNeeds(doc),
    refersTo: { category: 'work-order-category', resolutionCode: 'resolution-code' },
    fromEarlierBuild: (doc) => (retiredWorkOrderFields.some((f) => f in doc) ? workOrderFromV2(doc) : doc),
  },
  'work-order-notes': {
    name: 'work-order-notes',
    localName: 'work_order_notes',
    schema: workOrderNoteSchema,
    migrations: workOrderNoteMigrations,
    serverOwned: [],
    appendOnly: true,
    read: 'of-visible-work-order',
    write: allOf(supervisorsDelete, selfField('authorId')),
    check: checkNote,
  },
  assets: {
    name: 'assets',
    localName: 'assets',
    schema: assetSchema,
    migrations: assetMigrations,
    serverOwned: [],
    appendOnly: false,
    read: 'everything',
    // approvedFrom: only supervisors approve new assets from unknown tags (DECISIONS #12).
    write: allOf(supervisorsDelete, supervisorFields('cost', 'acquisitionDate', 'approvedFrom'), changedBySelf),
  },
  'asset-events': {
    name: 'asset-events',
    localName: 'asset_events',
    schema: assetEventSchema,
    migrations: assetEventMigrations,
    serverOwned: [],
    appendOnly: true,
    read: 'everything',
    write: allOf(supervisorsDelete, selfField('authorId')),
    check: checkAssetEvent,
  },
  'ergonomic-assessments': {
    name: 'ergonomic-assessments',
    localName: 'ergonomic_assessments',
    schema: ergonomicAssessmentSchema as unknown as RxJsonSchema<ErgonomicAssessment>,
    migrations: ergonomicAssessmentMigrations as unknown as Record<number, (old: never) => ErgonomicAssessment>,
    serverOwned: [],
    appendOnly: false,
    // Health and work information: the assessor, safety officers and supervisors alone (DECISIONS #13).
    read: 'assessor-or-safety',
    write: allOf(assessmentAccess, supervisorsDelete, selfField('assessorId'), changedBySelf),
    check: checkAssessment,
  },
  // Photos and signatures: metadata here, bytes apart (src-server/attachments); read as their owner is.
  attachments: {
    name: 'attachments',
    localName: 'attachments',
    schema: attachmentSchema,
    serverOwned: ['uploadedAt'],
    appendOnly: true,
    read: 'of-readable-owner',
    write: allOf(supervisorsDelete, creatorField('createdBy')),
    check: checkAttachment,
  },
  // County settings and templates: everyone pulls them, supervisors and admins save new versions.
  reference: {
    name: 'reference',
    localName: 'reference',
    schema: referenceSchema,
    migrations: referenceMigrations,
    serverOwned: ['shipped'],
    appendOnly: true,
    read: 'everything',
    write: allOf(writtenBy('supervisor', 'admin'), creatorField('createdBy')),
    check: checkReference,
  },
  // Campaigns and site sweeps (DECISIONS #12): supervisors open campaigns, the server makes their sweeps.
  inventory: {
    name: 'inventory',
    localName: 'inventory',
    schema: inventorySchema,
    serverOwned: ['expected'],
    appendOnly: false,
    read: 'everything',
    write: allOf(supervisorsDelete, changedBySelf, inventoryWrite),
    check: checkInventory,
  },
};

export const collectionNames = Object.keys(collections) as CollectionName[];

/** Narrows a string from a URL or IPC call to a known collection name. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}
