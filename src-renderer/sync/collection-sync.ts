import { BehaviorSubject, Subject, debounceTime, filter, firstValueFrom, type Observable } from 'rxjs';
import type { Checkpoint } from '@shared/sync/protocol';
import { ApiError } from '@shared/api/api-error';
import { maxPullLimit } from '@shared/sync/protocol';
import { localEdits, pendingOf } from '../db/pending-changes';
import { useSyncProgress } from '../stores/sync-progress';
import { applyPulled } from './apply-pulled';
import { loadCheckpoint, saveCheckpoint } from './checkpoints';
import { prefetchingPull } from './prefetching-pull';
import { pushPending } from './push-pending';
import type { SyncContext } from './sync-context';
import { noteStorageHealthy, noteStorageTrouble, untilWritable } from './storage-trouble';

export type CollectionSync = {
  /** True while this collection is pushing or pulling. */
  active$: Observable<boolean>;
  /** Pull past the checkpoint now (the server announced changes, or the connection came back). */
  pull(): void;
  /** Resolves once the server has every local change and this device everything on the server. */
  awaitInSync(): Promise<void>;
  stop(): Promise<void>;
};

const retryMs = 3000;
/** A local edit is pushed this long after its mark, once its own write has landed. */
const pushDelayMs = 100;
const quietKinds = new Set(['offline', 'expired']);

/**
 * Syncs one collection: pushes its pending changes, then pulls past its checkpoint, one run at a
 * time, so sync never races itself over a document. A failed run is retried; offline, it waits.
 *
 * Not RxDB's replication plugin: its protocol reads and writes a second full copy of every pulled
 * document (the "assumed master state"), which made a first sync of 50,000 assets 2.5 times slower
 * than storing them, and it sends nothing until a collection's first pull has finished. Here the
 * server's copy is kept only for documents changed on this device (in their pending entry).
 */
export function syncCollection(ctx: SyncContext): CollectionSync {
  const active$ = new BehaviorSubject(false);
  const runs$ = new Subject<boolean>();
  const pullPage = prefetchingPull((checkpoint, limit) => ctx.api['sync:pull']({ collection: ctx.name, checkpoint, limit }));
  let checkpoint: Checkpoint | null = null;
  let wantPush = true;
  let wantPull = true;
  let current: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function pushNow(): Promise<void> {
    wantPush = false;
    wantPush = (await pushPending(ctx)) || wantPush;
  }

  /** Pulls to the head; an edit made meanwhile is pushed between two pages, not after the last one. */
  async function pullAll(): Promise<void> {
    checkpoint ??= await loadCheckpoint(ctx);
    for (;;) {
      if (wantPush) await pushNow();
      const answer = await pullPage(checkpoint, maxPullLimit);
      if (answer.head !== undefined) useSyncProgress.getState().setHead(ctx.name, answer.head);
      if (await applyPulled(ctx, answer.documents)) wantPush = true;
      checkpoint = answer.checkpoint;
      await saveCheckpoint(ctx, checkpoint);
      useSyncProgress.getState().setReached(ctx.name, checkpoint.seq);
      if (answer.documents.length < maxPullLimit || stopped) return;
    }
  }

  async function run(): Promise<void> {
    active$.next(true);
    let ok = true;
    try {
      while (!stopped && (wantPush || wantPull)) {
        if (wantPush) await pushNow();
        if (wantPull) {
          wantPull = false;
          await pullAll();
        }
      }
    } catch (error) {
      ok = false;
      wantPush = wantPull = true;
      // Storage trouble is shown in the indicator; nothing more is downloaded until a write lands again.
      const storage = noteStorageTrouble(ctx.name, error);
      if (!storage && !(error instanceof ApiError && quietKinds.has(error.kind))) console.error(`Sync of ${ctx.name} failed; retrying.`, error);
      if (!stopped) retry = setTimeout(storage ? () => void untilWritable(ctx.db, retryMs, () => stopped).then(kick) : kick, retryMs);
    } finally {
      if (ok) noteStorageHealthy(ctx.name);
      current = null;
      active$.next(false);
      runs$.next(ok);
    }
  }

  function kick(): void {
    clearTimeout(retry);
    retry = undefined;
    if (!current && !stopped) current = run();
  }

  const edits = localEdits(ctx.db)
    .pipe(filter((name) => name === ctx.name), debounceTime(pushDelayMs))
    .subscribe(() => {
      wantPush = true;
      kick();
    });
  kick();

  return {
    active$: active$.asObservable(),
    pull() {
      wantPull = true;
      kick();
    },
    async awaitInSync() {
      while (!stopped) {
        wantPush = wantPull = true;
        const ended = firstValueFrom(runs$, { defaultValue: false });
        if (!retry) kick();
        if ((await ended) && (await pendingOf(ctx.db, ctx.name)).size === 0) return;
        // Something is still pending: an edit on its way, or a merge to push; look again shortly.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      stopped = true;
      edits.unsubscribe();
      clearTimeout(retry);
      await current;
      runs$.complete();
    },
  };
}
