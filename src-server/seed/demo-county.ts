import type { Database } from '../db/database';
import { hashPassword } from '../auth/passwords';
import { bulkLoad } from './bulk-load';
import { seededRandom } from './random';
import { demoPassword, demoPeople } from './demo-people';
import { demoEmployees } from './demo-employees';
import { demoSites } from './demo-sites';
import { demoWorkOrders } from './demo-work-orders';
import { demoAssets } from './demo-assets';

/** Whether the database holds no accounts yet (a fresh install). */
export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM accounts');
  return Number(rows[0]?.n) === 0;
}

/**
 * Its password is public, so the demo's hash needs no production cost unless the server asks for
 * one; a server with a higher cost upgrades each hash at that user's first sign-in.
 */
const demoHashCost = 12;

/**
 * The keys of the work-order categories the database holds (loaded at start from the shipped
 * reference data), in the order they were stored, so the demo county is the same on every machine.
 * Equipment requests come from assessments, never from a caller: the demo's callers do not make them.
 */
async function categoryKeys(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ key: string }>(
    `SELECT data->>'key' AS key FROM documents
      WHERE collection = 'reference' AND data->>'kind' = 'work-order-category' AND NOT deleted
        AND data->>'key' <> 'ergonomic-equipment'
      GROUP BY data->>'key' ORDER BY min(seq)`,
  );
  if (rows.length === 0) throw new Error('the demo county needs work-order categories in the reference data: none are stored');
  return rows.map((r) => r.key);
}

/** The version of the county's SLA policy in force (loaded at start from the shipped reference data), which new work keeps to. */
async function slaPolicyVersion(db: Database): Promise<number | undefined> {
  const { rows } = await db.query<{ version: number | null }>(
    `SELECT max((data->>'version')::int) AS version FROM documents
      WHERE collection = 'reference' AND data->>'kind' = 'sla-policy' AND data->>'key' = 'county' AND NOT deleted`,
  );
  return rows[0]?.version ?? undefined;
}

/**
 * Seeds the demo county: 40 sites, 12 technicians, 2 supervisors, an admin, 120 county employees
 * without an account, 2,000 work orders and 20,000 assets. Its work orders use the categories of
 * the reference data, so load that first.
 */
export async function seedDemoCounty(db: Database, options: { workOrders?: number; assets?: number; now?: Date; hashCost?: number } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const random = seededRandom(20261123);
  const stamp = now.toISOString();
  const people = demoPeople(stamp);
  const sites = demoSites(random, stamp);
  const categories = await categoryKeys(db);
  const { workOrders, notes } = demoWorkOrders(random, { sites, people, categories, now, count: options.workOrders ?? 2000, slaPolicyVersion: await slaPolicyVersion(db) });
  const passwordHash = await hashPassword(demoPassword, options.hashCost ?? demoHashCost);
  await bulkLoad(db, 'users', people);
  for (const person of people) {
    await db.query('INSERT INTO accounts (user_id, username, password_hash) VALUES ($1, $2, $3)', [person.id, person.username, passwordHash]);
  }
  await bulkLoad(db, 'users', demoEmployees(stamp));
  await bulkLoad(db, 'sites', sites);
  await bulkLoad(db, 'work-orders', workOrders);
  await bulkLoad(db, 'work-order-notes', notes);
  await bulkLoad(db, 'assets', demoAssets(random, sites, options.assets ?? 20_000, stamp));
  await db.query("SELECT setval('work_order_number', $1)", [10000 + workOrders.length]);
}
