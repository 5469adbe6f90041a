/** The little SQL surface the server needs; PGlite and node-postgres both provide it, same dialect. */
export type Sql = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
};

export type Database = Sql & {
  /** Runs `fn` in one transaction; everything it wrote is committed together or not at all. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` for every NOTIFY on `channel` (from this process or any other on the same
   * database). If the connection is lost (the database restarted) it reconnects by itself and calls
   * `onGap`, since notifications sent meanwhile are gone.
   */
  listen(channel: string, onPayload: (payload: string) => void, onGap?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for the start-up line and tests. */
  kind: 'pglite' | 'postgres';
};

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite in `dataDir`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir);
}
