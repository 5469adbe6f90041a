import { createInterface } from 'node:readline/promises';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { setPassword } from '../auth/set-password';
import { defaultDataDir } from '../server';

// `npm run set-password -- <username>`: reads the new password from standard input, so it never
// appears in the shell history or the process list. Uses the same DATA_DIR / DATABASE_URL as the server.
const username = process.argv[2];
if (!username) {
  console.error('usage: npm run set-password -- <username>   (the new password is read from standard input)');
  process.exit(2);
}
const input = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
const password = (await input.question(`New password for ${username}: `)).trim();
input.close();
if (password.length < 8) {
  console.error('The password must be at least 8 characters long.');
  process.exit(2);
}
const db = await openDatabase({ dataDir: process.env.DATA_DIR ?? defaultDataDir(), databaseUrl: process.env.DATABASE_URL || undefined });
await migrate(db);
const changed = await setPassword(db, username, password);
await db.close();
console.log(changed ? `Password changed for ${username}; their open sessions were ended.` : `No user named ${username}.`);
process.exit(changed ? 0 : 1);
