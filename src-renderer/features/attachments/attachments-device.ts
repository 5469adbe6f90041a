import type { FieldDeskApi } from '@shared/api/contract';
import type { FieldDeskDatabase } from '../../db/database';
import { openAttachmentFiles, type AttachmentFiles } from '../../db/attachment-files';
import { startContentTransfer, type ContentTransfer, type TransferUser } from './content-transfer';

/** A signed-in user's attachment bytes on this device and the transfer that moves them. */
export type AttachmentsDevice = {
  files: AttachmentFiles;
  transfer: ContentTransfer;
  /** Stops the transfer and closes the bytes' table (signing out; the bytes stay for next time). */
  stop(): Promise<void>;
};

const devices = new WeakMap<FieldDeskDatabase, AttachmentsDevice>();

/**
 * Started with the user's database and sync, and stopped with them: bytes taken offline are sent
 * whenever the device is online, whatever screen is open, and the work in the user's queues has
 * its pictures here before the laptop goes out of range.
 */
export function startAttachmentsDevice(db: FieldDeskDatabase, api: FieldDeskApi, user: TransferUser, files: AttachmentFiles = openAttachmentFiles(user.id)): AttachmentsDevice {
  const transfer = startContentTransfer(db, files, api, user);
  const device: AttachmentsDevice = {
    files,
    transfer,
    async stop() {
      devices.delete(db);
      await transfer.stop();
      files.close();
    },
  };
  devices.set(db, device);
  return device;
}

/** The attachments device started with `db` (screens reach it through the database they show). */
export function attachmentsDeviceOf(db: FieldDeskDatabase): AttachmentsDevice {
  const device = devices.get(db);
  if (!device) throw new Error('no attachments device started for this database');
  return device;
}
