import { Subject, combineLatest, debounceTime, merge, startWith, type Subscription } from 'rxjs';
import type { FieldDeskApi } from '@shared/api/contract';
import { ApiError } from '@shared/api/api-error';
import type { Attachment } from '@shared/schema/attachment.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { inQueueOf } from '@shared/domain/work-queue';
import type { FieldDeskDatabase } from '../../db/database';
import type { AttachmentFiles } from '../../db/attachment-files';
import { useAttachmentDownloads } from '../../stores/attachment-downloads';

/** Who the device works for: their queues decide what is downloaded ahead of time. */
export type TransferUser = { id: string; role: string };

export type ContentTransfer = {
  /** The user opened something showing this attachment: download its bytes now if they are not here. */
  want(id: string): void;
  /** Runs a pass now (tests; the "Sync now" button). */
  kick(): void;
  /** Resolves once a whole pass succeeded, nothing left to send or fetch (tests wait on it; offline it waits). */
  awaitIdle(): Promise<void>;
  stop(): Promise<void>;
};

const retryMs = 10_000;
const quiet = new Set(['offline', 'expired', 'server']);

/**
 * Moves attachment bytes between this device and the server, apart from the metadata (which
 * syncs as a collection). Up: every file taken here, once its metadata is on the server (until
 * then the server answers 404 and the next metadata push, announced on the live stream, brings
 * another try). Down: the files of work in the user's queues, ahead of time, and those the user
 * opens; never the rest (every laptop may read every asset's photos: none downloads them all).
 * Bytes whose metadata left the device (out of view, deleted) are removed with it.
 */
export function startContentTransfer(db: FieldDeskDatabase, files: AttachmentFiles, api: FieldDeskApi, user: TransferUser): ContentTransfer {
  const wanted = new Set<string>();
  const triggers = new Subject<void>();
  const passes = new Subject<boolean>();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const downloads = useAttachmentDownloads.getState();

  async function queueWorkOrderIds(): Promise<Set<string>> {
    const level = (await db.users.findOne(user.id).exec())?.level ?? 0;
    const candidates = await db.work_orders.find({ selector: { assigneeId: { $in: [user.id, ''] } } }).exec();
    return new Set(candidates.map((w) => w.toJSON() as WorkOrder).filter((w) => inQueueOf(w, { ...user, level })).map((w) => w.id));
  }

  /** Sends what waits; false when the network stopped it (try again later). */
  async function upload(): Promise<boolean> {
    for (const file of await files.toUpload()) {
      const meta = (await db.attachments.findOne(file.id).exec())?.toJSON() as Attachment | undefined;
      if (meta?.uploadedAt) {
        await files.markUploaded(file.id);
        continue;
      }
      // Sent even when its metadata already left this device (its owner went out of view after
      // the push): the server takes bytes from their author, and then they are evicted here.
      try {
        await api['attachments:upload']({ id: file.id, mime: file.mime, bytes: file.bytes });
        await files.markUploaded(file.id);
      } catch (error) {
        if (!(error instanceof ApiError) || quiet.has(error.kind)) return false;
        // Its metadata has not reached the server yet: its push is announced, and brings a new try.
        // (Never removed for it: the metadata may be a moment from being written here.)
        if (error.status === 404 && error.field === 'id') continue;
        await files.markRefused(file.id, { status: error.status ?? 0, field: error.field ?? '', message: error.message });
      }
    }
    return true;
  }

  /** Fetches what is wanted and missing; false when the network stopped it. */
  async function download(): Promise<boolean> {
    const queue = await queueWorkOrderIds();
    const held = new Map((await db.attachments.find().exec()).map((d) => [d.primary, d.toJSON() as Attachment]));
    const ofQueue = (a: Attachment) => a.owner.collection === 'work-orders' && queue.has(a.owner.id);
    const candidates = [...held.values()].filter((a) => a.uploadedAt && (wanted.has(a.id) || ofQueue(a)));
    const here = await files.held(candidates.map((a) => a.id));
    for (const attachment of candidates.filter((a) => !here.has(a.id))) {
      downloads.set(attachment.id, 'downloading');
      try {
        const { mime, bytes } = await api['attachments:download']({ id: attachment.id });
        await files.keepDownloaded(attachment.id, mime, bytes);
        downloads.clear(attachment.id);
      } catch (error) {
        const offline = !(error instanceof ApiError) || quiet.has(error.kind);
        downloads.set(attachment.id, offline ? 'offline' : 'unavailable');
        if (offline) return false;
      }
    }
    for (const id of wanted) if (!held.get(id)?.uploadedAt) downloads.set(id, 'not-sent-yet');
    await evict(held);
    return true;
  }

  /** Bytes here whose metadata is gone from the device (or deleted) go too, unless not sent yet. */
  async function evict(held: Map<string, Attachment>): Promise<void> {
    const stale = (await files.sentIds()).filter((id) => !held.has(id));
    if (stale.length > 0) await files.remove(stale);
  }

  async function pass(): Promise<void> {
    let ok = true;
    do {
      again = false;
      try {
        ok = (await upload()) && (await download());
      } catch (error) {
        ok = false;
        console.error('Attachment transfer failed; retrying.', error);
      }
    } while (again && !stopped);
    running = null;
    passes.next(ok);
    clearTimeout(retry);
    if (!ok && !stopped) retry = setTimeout(kick, retryMs);
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass();
  }

  const subscriptions: Subscription[] = [
    merge(triggers, files.changes$, combineLatest([db.attachments.find().$, db.work_orders.find({ selector: { assigneeId: user.id } }).$]))
      .pipe(startWith(undefined), debounceTime(200))
      .subscribe(() => kick()),
  ];
  const unsubscribeStream = api.on('sync:stream', (message) => {
    if (message.type === 'resync' || message.collection === 'attachments') triggers.next();
  });
  const unsubscribeStatus = api.on('sync:status', (status) => {
    if (status.connection.state === 'online') triggers.next();
  });

  return {
    want(id) {
      if (wanted.has(id)) return;
      wanted.add(id);
      triggers.next();
    },
    kick,
    async awaitIdle() {
      for (;;) {
        const ended = new Promise<boolean>((resolve) => {
          const sub = passes.subscribe((ok) => {
            sub.unsubscribe();
            resolve(ok);
          });
        });
        kick();
        if ((await ended) && !running) return;
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      subscriptions.forEach((s) => s.unsubscribe());
      unsubscribeStream();
      unsubscribeStatus();
      await running;
      passes.complete();
      downloads.reset();
    },
  };
}
