import pg from 'pg';
import type { Database } from './database';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A pool client that errors while idle (database restarted) must not crash the process.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params)) as never,
    transaction: async (fn) => {
      const client = await pool.connect();
      // A checked-out client has no listener of the pool's: a connection reset (database restart)
      // would be an unhandled 'error' event and kill the process. The query itself still fails.
      const ignore = () => undefined;
      client.on('error', ignore);
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async (text, params) => (await client.query(text, params)) as never });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', ignore);
        client.release();
      }
    },
    listen: async (channel, onPayload, onGap) => {
      let closed = false;
      let attempt = 0;
      let current: pg.Client | null = null;
      const connect = async () => {
        const client = new pg.Client({ connectionString: url });
        client.on('error', () => undefined);
        client.on('notification', (message) => {
          if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
        });
        client.on('end', () => {
          if (!closed && current === client) reconnect();
        });
        await client.connect();
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        current = client;
        listeners.add(client);
        attempt = 0;
      };
      const reconnect = () => {
        current = null;
        setTimeout(async () => {
          if (closed) return;
          try {
            await connect();
            onGap?.();
          } catch {
            reconnect();
          }
        }, Math.min(30_000, 250 * 2 ** attempt++));
      };
      await connect();
      return async () => {
        closed = true;
        await current?.end().catch(() => undefined);
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  } as Database;
}
