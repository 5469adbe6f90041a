import { minPasswordLength } from '@shared/sync/admin-protocol';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { setPassword } from '../auth/set-password';
import { defaultDataDir } from '../server';
import { defaultSettings, settingsFromEnv } from '../settings';
import { readPassword } from './read-password';

// `npm run set-password -- <username>`: reads the new password from standard input. Uses the same
// DATA_DIR / DATABASE_URL / PASSWORD_HASH_COST as the server.
const username = process.argv[2];
if (!username) {
  console.error('usage: npm run set-password -- <username>   (the new password is read from standard input)');
  process.exit(2);
}
const settings = { ...defaultSettings, ...settingsFromEnv(process.env) };
const password = await readPassword(`New password for ${username}: `);
if (password.length < minPasswordLength) {
  console.error(`The password must be at least ${minPasswordLength} characters long.`);
  process.exit(2);
}
const db = await openDatabase({ dataDir: process.env.DATA_DIR ?? defaultDataDir(), databaseUrl: process.env.DATABASE_URL || undefined });
await migrate(db);
const changed = await setPassword(db, username, password, settings.passwordHashCost);
await db.close();
console.log(changed ? `Password changed for ${username}; their open sessions were ended.` : `No user named ${username}.`);
process.exit(changed ? 0 : 1);
