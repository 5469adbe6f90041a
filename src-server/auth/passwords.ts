import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** r and p stay at OWASP's values; the cost (log2 N) is a server setting. */
const r = 8;
const p = 1;
const keyLength = 64;

function scrypt(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node refuses more than 32 MiB unless told.
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? r) + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, length, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking stored hashes. */
export async function hashPassword(password: string, cost: number): Promise<string> {
  const N = 2 ** cost;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, storedR, storedP, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n), r: Number(storedR), p: Number(storedP),
  });
  return timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with weaker parameters than `cost` asks for today. */
export function needsRehash(stored: string, cost: number): boolean {
  const [scheme, n, storedR, storedP] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) < 2 ** cost || Number(storedR) < r || Number(storedP) < p;
}

const decoys = new Map<number, Promise<string>>();

/** A hash of a random password at `cost`, checked when the username is unknown so timing reveals nothing. */
export function decoyHash(cost: number): Promise<string> {
  let decoy = decoys.get(cost);
  if (!decoy) {
    decoy = hashPassword(randomBytes(12).toString('hex'), cost);
    decoys.set(cost, decoy);
  }
  return decoy;
}
