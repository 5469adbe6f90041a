import type { AttachmentMime } from '../schema/attachment.schema';

/** An attachment's bytes as they cross IPC: a Uint8Array (structured clone copies it as one). */
export type AttachmentContent = { mime: AttachmentMime; bytes: Uint8Array };

/**
 * The bytes of photos and signatures, which move apart from their metadata (the `attachments`
 * collection syncs like any other). Both need the network.
 */
export type AttachmentsContract = {
  /**
   * Sends the bytes of an attachment this user created. Its metadata must be on the server
   * first: until it is, the answer is `rejected` with status 404 (send again after the next push).
   * Resolves the server's `uploadedAt`. Bytes already there are accepted again, unchanged.
   */
  'attachments:upload': (arg: AttachmentContent & { id: string }) => Promise<{ uploadedAt: string }>;
  /** The bytes of an attachment the user may read (404 when they may not, or none arrived yet). */
  'attachments:download': (arg: { id: string }) => Promise<AttachmentContent>;
};

export const attachmentsChannels = ['attachments:upload', 'attachments:download'] as const satisfies readonly (keyof AttachmentsContract)[];
