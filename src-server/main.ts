import { fileURLToPath } from 'node:url';
import { defaultDataDir, startServer } from './server';
import { SettingError, settingsFromEnv } from './settings';
import { ReferenceFileError } from './reference/shipped-reference';
import { describeDuplicate } from './sync/tag-keys';

// `npm run server` starts with whatever the database holds (nothing, the first time);
// `npm run server -- --demo` seeds the demo county into an empty database first.
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--demo');
if (unknown.length > 0) {
  console.error(`unknown argument ${unknown[0]}: usage: npm run server [-- --demo]`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}
let settings: ReturnType<typeof settingsFromEnv>;
try {
  settings = settingsFromEnv(process.env);
} catch (error) {
  if (!(error instanceof SettingError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const server = await startServer({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? defaultDataDir(),
  databaseUrl: process.env.DATABASE_URL || undefined,
  demo: args.includes('--demo'),
  rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
  logger: process.env.LOG_LEVEL ? { level: process.env.LOG_LEVEL } : false,
  settings,
}).catch((error: unknown) => {
  // A reference file the county edited wrongly: say which file and field, no stack trace.
  if (!(error instanceof ReferenceFileError)) throw error;
  console.error(error.message);
  process.exit(2);
});
console.log(`FieldDesk server listening on ${server.url} (${server.db.kind})`);
for (const duplicate of server.tagKeyDuplicates) console.warn(describeDuplicate(duplicate));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Closing PGlite cleanly matters: its files are the whole database.
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
