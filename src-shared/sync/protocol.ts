import type { CollectionDocs, CollectionName } from '../schema/collections';

/** A document as it travels over the wire: RxDB's soft-delete flag beside the fields. */
export type WireDoc<T = Record<string, unknown>> = T & { _deleted: boolean };

/**
 * Position in a collection's server-side change sequence; `seq: 0` is "from the beginning". `at`
 * names the document that had sequence `seq` when the checkpoint was made: on the server it still
 * exists at `seq` or later, unless the database went back in time (restored from a backup).
 */
export type Checkpoint = { seq: number; at?: string };

/**
 * `GET /sync/<collection>/pull?seq=<n>&at=<id>&limit=<k>`: documents with a sequence above n that the reader
 * may see, in order; `removed`, the ids of documents changed since n that the reader may no longer
 * see (they left the view: closed, reassigned); `head`, the collection's latest sequence (how far
 * there is to go, for progress); `server`, the id the server keeps in its database, and `view`, the
 * version of the collection's read rule: a checkpoint belongs to both (another server, or a newer
 * rule, means pulling again from the start).
 */
export type PullResponse<T = Record<string, unknown>> = {
  documents: WireDoc<T>[];
  removed?: string[];
  checkpoint: Checkpoint;
  head?: number;
  server?: string;
  view?: number;
  /**
   * On a pull from the start (`seq` 0): how many documents the reader may see, deleted ones left
   * out, which the device holds once it has pulled to the head ("12,400 of 50,000 assets").
   */
  count?: number;
  /** The checkpoint is not in this server's history (restored from a backup): pull from the start. */
  reset?: boolean;
  /**
   * The page stopped before the collection's head (it was full by count, or by bytes: a page is
   * kept under the server's byte budget), so there is more to pull at once.
   */
  more?: boolean;
};

/**
 * `POST /sync/<collection>/catch-up` with `{ parents: [ids] }`: every document of a child
 * collection (notes) under those parents that the reader may see, whatever its sequence. A device
 * asks when parents enter its view, since their children's sequence numbers are already behind it.
 */
export type CatchUpResponse<T = Record<string, unknown>> = { documents: WireDoc<T>[] };

/** One row of `POST /sync/<collection>/push`: what the client last saw of the document and its new state. */
export type PushRow<T = Record<string, unknown>> = {
  assumedMasterState: WireDoc<T> | null;
  newDocumentState: WireDoc<T>;
};

/** The push answer: the server's current copy of every document whose row conflicted. */
export type PushResponse<T = Record<string, unknown>> = WireDoc<T>[];

/** Typed helpers for a known collection. */
export type PullResponseOf<C extends CollectionName> = PullResponse<CollectionDocs[C]>;
export type PushRowOf<C extends CollectionName> = PushRow<CollectionDocs[C]>;

/**
 * Events on `GET /sync/stream` (server-sent events, one JSON object per `data:` line).
 * `changed`: the collection has stored documents up to `seq`; clients pull past their checkpoint.
 * `resync`: the client may have missed events (first connect, reconnect): pull every collection.
 *   `heads` gives each collection's latest sequence, so a client can show how far along it is.
 */
export type StreamMessage =
  | { type: 'changed'; collection: CollectionName; seq: number }
  | { type: 'resync'; heads?: Partial<Record<CollectionName, number>> };

/**
 * Every 4xx/5xx answer carries this body; `field` names the part of the request that was wrong and,
 * for a refused push, `id` the document that caused it.
 */
export type ApiErrorBody = {
  error: string;
  field?: string;
  id?: string;
  /** On a 413 for the body: the largest body the route accepts, in bytes, for the client to send smaller ones. */
  limit?: number;
};

/**
 * One earlier work order on an asset, as `GET /work-orders/by-asset/<assetId>` answers it: what
 * was wrong and what was done, never who asked (every technician may read an asset's history,
 * not every work order).
 */
export type AssetWorkOrder = {
  id: string;
  number?: number;
  title: string;
  category: string;
  status: string;
  createdAt: string;
  resolutionSummary: string;
};

/** Answer of `POST /auth/login`. */
export type LoginResponse = { token: string; expiresAt: string; user: SessionUser };

/** Who is signed in, as the server describes them. */
export type SessionUser = { id: string; name: string; role: 'technician' | 'supervisor' | 'admin'; username: string };

/** Largest accepted request body; bigger ones get 413. A push of 500 work orders is ~1 MB. */
export const maxBodyBytes = 8 * 1024 * 1024;

/** Most documents one pull may return. */
export const maxPullLimit = 2000;

/** Most rows one push may carry (413 beyond it); clients send their pending changes in batches no larger. */
export const maxPushRows = 1000;

/**
 * Largest push body the server accepts by default (its `maxPushBytes` setting; 413 beyond it), and
 * the size of the batches clients send. Bytes, not rows: a photo is about 1.35 times larger as
 * base64 JSON, so a few of them fill a batch that holds hundreds of work orders.
 */
export const maxPushBytes = 8 * 1024 * 1024;
