import { BehaviorSubject, Subject, debounceTime, filter, firstValueFrom, type Observable } from 'rxjs';
import type { PullResponse } from '@shared/sync/protocol';
import { ApiError } from '@shared/api/api-error';
import { maxPullLimit } from '@shared/sync/protocol';
import { useSyncProgress } from '../stores/sync-progress';
import { applyPulled } from './apply-pulled';
import { checkpointStale, type StoredCheckpoint } from './checkpoints';
import { prefetchingPull } from './prefetching-pull';
import { pushPending } from './push-pending';
import type { SyncContext } from './sync-context';
import { backInView, dropUnseen, heldUnseen, leaveAfterPush, removeFromView } from './view-exits';
import { catchUpChildren, unseenChildrenThatStay } from './catch-up';
import { noteStorageHealthy, noteStorageTrouble, untilWritable } from './storage-trouble';

export type CollectionSync = {
  /** True while this collection is pushing or pulling. */
  active$: Observable<boolean>;
  /** Pull past the checkpoint now (the server announced changes, or the connection came back). */
  pull(): void;
  /** Resolves once the server has every local change and this device everything on the server. */
  awaitInSync(): Promise<void>;
  /** Fetch the children of these parents, which just entered the view (for a child collection). */
  catchUp(parents: string[]): void;
  /** Settles when this collection's first run ends, done or not: its children wait for it. */
  firstRun: Promise<void>;
  stop(): Promise<void>;
};

/** How a collection is tied to its parent and children (notes to work orders). */
export type SyncLinks = {
  /** A child's first pull waits for its parent's, so the parents it meets are already here. */
  parentFirstRun?: Promise<void>;
  /** Documents that entered the view here: their children are fetched. */
  onEntered?: (ids: string[]) => void;
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
export function syncCollection(ctx: SyncContext, links: SyncLinks = {}): CollectionSync {
  const active$ = new BehaviorSubject(false);
  const runs$ = new Subject<boolean>();
  const pullPage = prefetchingPull((checkpoint, limit) => ctx.api['sync:pull']({ collection: ctx.name, checkpoint, limit }));
  let checkpoint: StoredCheckpoint | null = null;
  /** While pulling from the start: every id met, so what was not met can go at the end. */
  let seen: Set<string> | null = null;
  /** Parents whose children are to be fetched; none is dropped before the first pull has begun. */
  const catchUps = new Set<string>();
  let pullBegun = false;
  let endFirstRun: () => void = () => undefined;
  const firstRun = new Promise<void>((resolve) => (endFirstRun = resolve));
  let wantPush = true;
  let wantPull = true;
  let current: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function pushNow(): Promise<void> {
    wantPush = false;
    wantPush = (await pushPending(ctx)) || wantPush;
    await leaveAfterPush(ctx);
  }

  async function loadOnce(): Promise<StoredCheckpoint> {
    if (checkpoint) return checkpoint;
    const stored = await ctx.outbox.loadCheckpoint(ctx.name);
    // A pull from the start that did not finish starts over: the ids it had met are gone.
    if (stored.resyncing) seen = new Set();
    return stored.resyncing ? { ...stored, seq: 0 } : stored;
  }

  async function catchUpNow(): Promise<void> {
    if (catchUps.size === 0) return;
    const parents = [...catchUps];
    catchUps.clear();
    // Before a first pull from nothing has begun, that pull brings these children anyway.
    if (!pullBegun && (checkpoint?.seq ?? 0) === 0) return;
    const caught = await catchUpChildren(ctx, parents);
    if (caught.mergedToPush) wantPush = true;
    // A pull from the start must not drop at its end what a catch-up brought meanwhile.
    for (const id of caught.fetched) seen?.add(id);
    // A page fetched before the catch-up may still say these children were out of view.
    pullPage.dropAhead();
  }

  /**
   * Pulls to the head; an edit made meanwhile is pushed between two pages, not after the last one.
   * A checkpoint that no longer fits the server starts a pull from the start, keeping every
   * pending change; at its end what it did not bring is dropped.
   */
  async function pullAll(): Promise<void> {
    checkpoint = await loadOnce();
    if (links.parentFirstRun) await links.parentFirstRun;
    // From sequence 0 the server sends only what the user may see, not what left their view: what
    // this device pushed before its first pull (a note on a work order closed meanwhile) is held
    // here all the same, so this pull, like one from the start, drops what it did not bring.
    if (checkpoint.seq === 0 && !seen && (await ctx.collection.count().exec()) > 0) seen = new Set();
    const progress = useSyncProgress.getState();
    if (checkpoint.seq === 0) progress.beginFromStart(ctx.name);
    for (;;) {
      if (wantPush) await pushNow();
      await catchUpNow();
      pullBegun = true;
      const answer: PullResponse = await pullPage(checkpoint, maxPullLimit);
      if (checkpointStale(checkpoint, answer)) {
        seen = new Set();
        checkpoint = { seq: 0, server: answer.server, view: answer.view, resyncing: true };
        await ctx.outbox.saveCheckpoint(ctx.name, checkpoint);
        progress.beginFromStart(ctx.name);
        continue;
      }
      if (answer.head !== undefined) progress.setHead(ctx.name, answer.head);
      if (answer.count !== undefined) progress.setCount(ctx.name, answer.count);
      const applied = await applyPulled(ctx, answer.documents);
      progress.addReceived(ctx.name, answer.documents.filter((d) => !d._deleted).length);
      if (applied.mergedToPush) wantPush = true;
      if (applied.entered.length > 0) links.onEntered?.(applied.entered);
      for (const doc of answer.documents) seen?.add(doc.id as string);
      backInView(ctx, answer.documents.map((d) => d.id as string));
      if (answer.removed && (await removeFromView(ctx, answer.removed)) > 0) wantPush = true;
      const full = answer.more === true || answer.documents.length + (answer.removed?.length ?? 0) >= maxPullLimit;
      if (!full && seen) {
        const unseen = await heldUnseen(ctx, seen);
        const staying = await unseenChildrenThatStay(ctx, unseen);
        const gone = unseen.map((d) => d.id as string).filter((id) => !staying.ids.has(id));
        if ((await dropUnseen(ctx, gone)) > 0 || staying.mergedToPush) wantPush = true;
        seen = null;
      }
      checkpoint = { ...answer.checkpoint, server: answer.server, view: answer.view, ...(seen ? { resyncing: true } : {}) };
      await ctx.outbox.saveCheckpoint(ctx.name, checkpoint);
      progress.setReached(ctx.name, checkpoint.seq);
      if (!full) progress.pulledToHead(ctx.name, new Date().toISOString());
      if (!full || stopped) return;
    }
  }

  async function run(): Promise<void> {
    active$.next(true);
    let ok = true;
    try {
      while (!stopped && (wantPush || wantPull || (catchUps.size > 0 && pullBegun))) {
        // A failed push still lets the pull run (other people's changes keep arriving); then it fails the run, to be retried.
        const failedPush = wantPush ? await pushNow().then(() => null, (error: unknown) => ({ error })) : null;
        if (pullBegun) await catchUpNow();
        if (wantPull || failedPush) {
          wantPull = false;
          await pullAll();
        }
        if (failedPush) throw failedPush.error;
      }
    } catch (error) {
      ok = false;
      wantPush = wantPull = true;
      useSyncProgress.getState().failed(ctx.name, error);
      // Storage trouble is shown in the indicator; nothing more is downloaded until a write lands again.
      const storage = noteStorageTrouble(ctx.name, error);
      if (!storage && !(error instanceof ApiError && quietKinds.has(error.kind))) console.error(`Sync of ${ctx.name} failed; retrying.`, error);
      if (!stopped) retry = setTimeout(storage ? () => void untilWritable(ctx.outbox, retryMs, () => stopped).then(kick) : kick, retryMs);
    } finally {
      if (ok) noteStorageHealthy(ctx.name);
      current = null;
      active$.next(false);
      runs$.next(ok);
      endFirstRun();
    }
  }

  function kick(): void {
    clearTimeout(retry);
    retry = undefined;
    if (!current && !stopped) current = run();
  }

  const edits = ctx.outbox.edits$
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
    catchUp(parents) {
      for (const id of parents) catchUps.add(id);
      kick();
    },
    firstRun,
    async awaitInSync() {
      while (!stopped) {
        wantPush = wantPull = true;
        const ended = firstValueFrom(runs$, { defaultValue: false });
        if (!retry) kick();
        if ((await ended) && !(await ctx.outbox.hasPending([ctx.name]))) return;
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
