// Runs a command against a private, throw-away PostgreSQL cluster on 127.0.0.1:
//   node scripts/with-postgres.mjs <command...>
// The command sees TEST_DATABASE_URL. The cluster (Debian's postgresql package) never touches
// the system one and is removed afterwards. As root, the server runs as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
const bin = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : null;
if (!bin || !existsSync(join(bin, 'initdb'))) {
  console.error('PostgreSQL is not installed: apt-get install -y postgresql (bash .ci/run does this).');
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'fielddesk-pg-'));
chmodSync(dir, 0o777);
const data = join(dir, 'data');
const asRoot = process.getuid?.() === 0;
const run = (tool, args) => {
  const command = asRoot ? 'runuser' : join(bin, tool);
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
  execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
};

run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', serverOptions, 'start']);
// Fault tests restart the database under a running server with this command.
const restart = [join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-m', 'fast', '-o', `"${serverOptions}"`, 'restart'].join(' ');
let status = 1;
try {
  const env = {
    ...process.env,
    TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
    TEST_DATABASE_RESTART: asRoot ? `runuser -u postgres -- ${restart}` : restart,
  };
  console.log(`PostgreSQL test cluster on 127.0.0.1:${port}`);
  status = spawnSync(process.argv[2], process.argv.slice(3), { stdio: 'inherit', env }).status ?? 1;
} finally {
  run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
