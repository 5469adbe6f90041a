import { useEffect, useMemo, useState } from 'react';
import { useLiveRxQuery, useRxDatabase } from 'rxdb/plugins/react';
import { filter } from 'rxjs';
import type { Attachment, AttachmentOwner } from '@shared/schema/attachment.schema';
import type { FieldDeskCollections, FieldDeskDatabase } from '../../db/database';
import type { StoredFile } from '../../db/attachment-files';
import { useAttachmentDownloads, type DownloadState } from '../../stores/attachment-downloads';
import { attachmentsDeviceOf, type AttachmentsDevice } from './attachments-device';

/** The database the screen shows, and the attachment bytes and transfer started with it. */
export function useAttachmentsDevice(): { db: FieldDeskDatabase; device: AttachmentsDevice } {
  const db = useRxDatabase<FieldDeskCollections>() as FieldDeskDatabase;
  return { db, device: attachmentsDeviceOf(db) };
}

/** The photos and signatures of one document, oldest first, live. */
export function useOwnerAttachments(owner: { collection: AttachmentOwner; id: string }): Attachment[] {
  const query = useMemo(() => ({ selector: { 'owner.id': owner.id } }), [owner.id]);
  const { results } = useLiveRxQuery<Attachment>({ collection: 'attachments', query });
  return useMemo(
    () =>
      results
        .map((doc) => doc.toJSON() as Attachment)
        .filter((a) => a.owner.collection === owner.collection)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [results, owner.collection],
  );
}

export type LocalPicture = { url: string | null; file: StoredFile | undefined; download: DownloadState | undefined };

/**
 * An attachment's picture from this device's bytes, as an object URL for an <img>. Showing it is
 * opening it: bytes not here yet are asked of the transfer, and the URL appears once they arrive.
 */
export function useLocalPicture(attachment: Attachment): LocalPicture {
  const { device } = useAttachmentsDevice();
  const [file, setFile] = useState<StoredFile | undefined>(undefined);
  const download = useAttachmentDownloads((s) => s.byId[attachment.id]);

  useEffect(() => {
    let live = true;
    const load = () => void device.files.get(attachment.id).then((f) => live && setFile(f));
    load();
    const sub = device.files.changes$.pipe(filter((ids) => ids.includes(attachment.id))).subscribe(load);
    return () => {
      live = false;
      sub.unsubscribe();
    };
  }, [device, attachment.id]);

  useEffect(() => {
    if (!file) device.transfer.want(attachment.id);
  }, [device, attachment.id, attachment.uploadedAt, file]);

  const url = useMemo(() => (file ? URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime })) : null), [file]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return { url, file, download };
}
