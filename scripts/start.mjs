// `npm start`: build FieldDesk, start a local central server with the demo county, open the app.
// Where the Electron binary is missing (it could not be downloaded), the same renderer is served
// as a web page by the central server instead, and its address is printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8787';
const url = `http://127.0.0.1:${port}`;

const build = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

async function serverAlreadyUp() {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

const children = [];
if (await serverAlreadyUp()) {
  console.log(`Using the FieldDesk server already running at ${url}`);
} else {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts', '--demo'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: port } });
  children.push(server);
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('FieldDesk server listening')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`the central server stopped (exit ${code})`)));
  });
}

// Electron's own require() would try to download a missing binary; look for the file instead.
function installedElectron() {
  const dir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));
  const pathFile = `${dir}path.txt`;
  if (!existsSync(pathFile)) return null;
  const binary = `${dir}dist/${readFileSync(pathFile, 'utf8').trim()}`;
  return existsSync(binary) ? binary : null;
}
const electronPath = installedElectron();

if (electronPath) {
  const app = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit' });
  children.push(app);
  app.once('exit', () => shutdown());
} else {
  console.log(
    [
      '',
      'The Electron binary is not installed on this machine (its download was skipped or blocked),',
      'so FieldDesk is served as a web page by the central server instead:',
      '',
      `    open ${url}/ in Chromium or Chrome`,
      '',
      'Sign in as tech01 ... tech12, super01, super02 or admin01 with the password "fielddesk". Ctrl+C stops it.',
    ].join('\n'),
  );
}

function shutdown() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
