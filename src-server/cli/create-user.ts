import { parseArgs } from 'node:util';
import { roles } from '@shared/schema/user.schema';
import { checkNewUser, type NewUser } from '@shared/sync/admin-protocol';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { commandLineAuthor, createUser } from '../auth/accounts';
import { RequestError } from '../sync/request-error';
import { defaultDataDir } from '../server';
import { defaultSettings, settingsFromEnv } from '../settings';
import { readPassword } from './read-password';

// `npm run create-user -- <username> --role <role> [--name "Full Name"] [--level 1-3]`: adds a user
// to the database the server uses (same DATA_DIR / DATABASE_URL); the password is read from
// standard input. How a county gets its first admin, who then manages everyone else in the app.
const usage = `usage: npm run create-user -- <username> --role ${roles.join('|')} [--name "Full Name"] [--level 1|2|3] [--safety-officer]
(the password is read from standard input)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' }, 'safety-officer': { type: 'boolean' } },
  });
let parsed: ReturnType<typeof parse>;
try {
  parsed = parse();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values, positionals } = parsed;
const [username] = positionals;
if (!username || positionals.length > 1 || !values.role) fail(usage);

const settings = { ...defaultSettings, ...settingsFromEnv(process.env) };
const input: NewUser = {
  username,
  name: values.name ?? username,
  role: values.role as NewUser['role'],
  // Admins and supervisors see every queue; a new technician starts at the first level.
  level: values.level === undefined ? (values.role === 'technician' ? 1 : 3) : Number(values.level),
  password: await readPassword(`Password for ${username}: `),
  ...(values['safety-officer'] ? { permissions: ['safety-officer' as const] } : {}),
};
const violation = checkNewUser(input);
if (violation) fail(`${violation.message}\n${usage}`);

const db = await openDatabase({ dataDir: process.env.DATA_DIR ?? defaultDataDir(), databaseUrl: process.env.DATABASE_URL || undefined });
await migrate(db);
try {
  const user = await createUser(db, input, { author: commandLineAuthor, hashCost: settings.passwordHashCost });
  console.log(`Created ${user.username} (${user.name}, ${user.role}, level ${user.level}). They can sign in now.`);
} catch (error) {
  await db.close();
  if (error instanceof RequestError) fail(error.message, 1);
  throw error;
}
await db.close();
process.exit(0);
