import { collectionNames } from '../schema/collections';
import { maxCatchUpParents } from '../sync/views';
import type { Channel } from './contract';
import { maxPushRows } from '../sync/protocol';
import { savePdfRequestSchema } from './report.contract';
import { newUserSchema, passwordResetSchema, userChangeSchema } from '../sync/admin-protocol';
import { attachmentMimes } from '../schema/attachment.schema';

const empty = { type: 'object', additionalProperties: false, properties: {} } as const;
const collection = { type: 'string', enum: collectionNames } as const;
const attachmentId = { type: 'string', minLength: 1, maxLength: 40 } as const;
const wireDoc = { type: 'object', required: ['id', '_deleted'], properties: { id: { type: 'string' }, _deleted: { type: 'boolean' } } } as const;

/** The JSON schema of each channel's argument, checked wherever a call crosses a process boundary. */
export const argSchemas: Record<Channel, object> = {
  'auth:login': {
    type: 'object',
    additionalProperties: false,
    required: ['serverUrl', 'username', 'password'],
    properties: {
      serverUrl: { type: 'string', pattern: '^https?://[^\\s/]+(/.*)?$', maxLength: 300 },
      username: { type: 'string', minLength: 1, maxLength: 40 },
      password: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  'auth:logout': empty,
  'auth:session': empty,
  'sync:pull': {
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'checkpoint', 'limit'],
    properties: {
      collection,
      checkpoint: { type: 'object', required: ['seq'], properties: { seq: { type: 'integer', minimum: 0 }, at: { type: 'string', maxLength: 64 } } },
      limit: { type: 'integer', minimum: 1, maximum: 2000 },
    },
  },
  'sync:asset-history': {
    type: 'object',
    additionalProperties: false,
    required: ['assetId'],
    properties: { assetId: { type: 'string', minLength: 1, maxLength: 64 } },
  },
  'sync:catch-up': {
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'parents'],
    properties: {
      collection,
      parents: { type: 'array', maxItems: maxCatchUpParents, items: { type: 'string', minLength: 1, maxLength: 64 } },
    },
  },
  'sync:push': {
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'rows'],
    properties: {
      collection,
      rows: {
        type: 'array',
        maxItems: maxPushRows,
        items: {
          type: 'object',
          required: ['newDocumentState'],
          properties: { assumedMasterState: { oneOf: [{ type: 'null' }, wireDoc] }, newDocumentState: wireDoc },
        },
      },
    },
  },
  'sync:status': empty,
  'sync:reconnect': empty,
  // `bytes` is a Uint8Array, which JSON schema can only call an object: attachment-calls.ts checks it.
  'attachments:upload': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'mime', 'bytes'],
    properties: { id: attachmentId, mime: { type: 'string', enum: attachmentMimes }, bytes: { type: 'object' } },
  },
  'attachments:download': { type: 'object', additionalProperties: false, required: ['id'], properties: { id: attachmentId } },
  'admin:list-users': empty,
  'admin:add-user': newUserSchema,
  'admin:change-user': {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'change'],
    properties: { userId: { type: 'string', minLength: 1, maxLength: 40 }, change: userChangeSchema },
  },
  'admin:reset-password': {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'password'],
    properties: { userId: { type: 'string', minLength: 1, maxLength: 40 }, password: passwordResetSchema.properties.password },
  },
  'report:save-pdf': savePdfRequestSchema,
};
