import type { Database, Sql } from './database';
import { structureStatusNotesSql } from './structure-status-notes';
import { convertLegacyChecklists } from './convert-legacy-checklists';
import { assessmentsToAnswersSql } from './assessments-to-answers';
import { retiredWorkOrderFieldsSql } from './retire-work-order-fields';

/**
 * Ordered schema changes; each runs once, in a transaction, recorded in schema_migrations. A step of the schema: SQL, or (`run`) code for a change SQL says badly,
 * both inside the migration transaction.
 */
const migrations: { version: number; sql?: string; run?: (tx: Sql) => Promise<void> }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        collection text NOT NULL,
        id text NOT NULL,
        seq bigint NOT NULL,
        data jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        PRIMARY KEY (collection, id)
      );
      CREATE UNIQUE INDEX documents_by_seq ON documents (collection, seq);
      CREATE TABLE collection_seq (collection text PRIMARY KEY, seq bigint NOT NULL);
      CREATE TABLE accounts (
        user_id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES accounts (user_id),
        device text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE SEQUENCE work_order_number START 10001;
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id text NOT NULL,
        device text NOT NULL,
        collection text NOT NULL,
        doc_id text NOT NULL,
        before jsonb,
        after jsonb NOT NULL
      );
    `,
  },
  {
    version: 2,
    // An asset tag is the barcode people scan: two assets with one tag would make scans ambiguous.
    sql: `CREATE UNIQUE INDEX assets_by_tag ON documents ((data->>'tag')) WHERE collection = 'assets' AND NOT deleted`,
  },
  {
    version: 3,
    // A device's checkpoints belong to this id: pulled from another server, they mean nothing.
    // view_exits: documents re-sequenced when time alone took them out of a view (the 90-day window).
    sql: `
      CREATE TABLE server_identity (id text PRIMARY KEY);
      INSERT INTO server_identity (id) VALUES (gen_random_uuid()::text);
      CREATE TABLE view_exits (collection text NOT NULL, id text NOT NULL, updated_at text NOT NULL, PRIMARY KEY (collection, id))
    `,
  },
  {
    version: 4,
    // Who a user is (role, level, permissions, disabled) lives in their users document alone; an
    // account is only credentials. Failed sign-ins are counted here so every server process of one
    // database throttles alike.
    sql: `
      ALTER TABLE accounts DROP COLUMN role;
      CREATE TABLE sign_in_failures (
        id bigserial PRIMARY KEY,
        scope text NOT NULL,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failures_by_key ON sign_in_failures (scope, key, at);
    `,
  },
  // Note schema version 2: status notes carry their step.
  { version: 5, sql: structureStatusNotesSql() },
  {
    version: 6,
    // The bytes of photos and signatures, apart from their metadata documents (which sync as
    // documents do), so a pull never carries them; found by owner to follow it in and out of views.
    sql: `
      CREATE TABLE attachment_content (
        id text PRIMARY KEY,
        mime text NOT NULL,
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        stored_by text NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX attachments_by_owner ON documents ((data->'owner'->>'id')) WHERE collection = 'attachments'
    `,
  },
  {
    version: 7,
    // The tag key (../sync/tag-keys.ts): an asset's tag normalised, computed by the server,
    // unique among live assets. Assets stored before get theirs at start (assignTagKeys), so the
    // index can be created over existing duplicates, which hold no key and are reported.
    sql: `
      ALTER TABLE documents ADD COLUMN tag_key text;
      CREATE UNIQUE INDEX assets_by_tag_key ON documents (tag_key) WHERE collection = 'assets' AND NOT deleted AND tag_key IS NOT NULL
    `,
  },
  {
    version: 9,
    // Opening a campaign fixes each sweep's expected list: the assets at its site (../sync/sweep-creation.ts).
    sql: `CREATE INDEX assets_by_site ON documents ((data->>'siteId')) WHERE collection = 'assets'`,
  },
  // Assessment schema version 1: ROSA answers instead of item scores (#13).
  { version: 10, sql: assessmentsToAnswersSql },
  // Reference schema version 1: checklist templates stored as flat lists become steps (the
  // shared conversion the devices' RxDB migration runs, so both hold the same document).
  { version: 11, run: convertLegacyChecklists },
  // Work-order schema version 3: the stored due times go, the clocks are their one source
  // (DECISIONS #11). Devices drop them in their own migration, so nothing needs pulling again.
  { version: 12, sql: retiredWorkOrderFieldsSql },
  // An asset's history: its work orders (../http/asset-history-route.ts).
  { version: 13, sql: `CREATE INDEX work_orders_by_asset ON documents ((data->>'assetId')) WHERE collection = 'work-orders'` },
];

/** Serialises the start-ups of several server processes on one PostgreSQL (a transaction-scoped advisory lock). */
const migrationLock = 872401;

/**
 * Runs `fn` in one transaction holding the migration lock: a second server starting at once waits,
 * then finds the work done. Schema migrations and the shipped reference data both run under it.
 */
export async function underMigrationLock<T>(db: Database, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${migrationLock})`);
    return fn(tx);
  });
}

/** Brings the database up to date; safe when several server processes start at once. */
export async function migrate(db: Database): Promise<void> {
  await underMigrationLock(db, async (tx) => {
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      for (const statement of (m.sql ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
        await tx.query(statement);
      }
      await m.run?.(tx);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
    }
  });
}
