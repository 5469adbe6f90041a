/**
 * Seeds a small county into a server's data folder before the server starts (e2e specs that need
 * the demo county's people and sites, and perhaps its work orders, but not its 20,000 assets):
 * `node --import tsx tests/support/seed-small-county.ts DATA_DIR ASSETS [WORK_ORDERS]`.
 */
import { startServer } from '../../src-server/server';
import { seedDemoCounty } from '../../src-server/seed/demo-county';
import { testHashCost } from './test-hash-cost';

const [dataDir, assets = '300', workOrders = '0'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: seed-small-county.ts DATA_DIR [ASSETS] [WORK_ORDERS]');
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: false, settings: { passwordHashCost: testHashCost } });
await seedDemoCounty(server.db, { workOrders: Number(workOrders), assets: Number(assets), hashCost: testHashCost });
await server.close();
