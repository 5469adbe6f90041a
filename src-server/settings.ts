import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { maxPushBytes, maxPushRows } from '@shared/sync/protocol';
import { maxAttachmentBytes } from '@shared/domain/attachment-content';

/**
 * The server's limits and switches. Defaults are the production values; a county changes them
 * through the environment (README, "The central server"), tests by passing them to startServer.
 */
export type ServerSettings = {
  /** scrypt cost as log2(N): 17 is OWASP's current recommendation (N=2^17, r=8, p=1). */
  passwordHashCost: number;
  /** Failed sign-ins one user name may have within the window before sign-in answers 429. */
  signInFailuresPerUser: number;
  /** Failed sign-ins one address may have within the window: high, as an office shares one address. */
  signInFailuresPerAddress: number;
  signInWindowMs: number;
  /** How often expired sessions (and failures older than the window) are deleted; also at start. */
  purgeIntervalMs: number;
  /** Most rows one push may carry; more answers 413. */
  maxPushRows: number;
  /** Largest photo or signature accepted (its bytes, and the `byteSize` its metadata declares); more answers 413. */
  maxAttachmentBytes: number;
  /** A pull page is cut before its documents pass this many bytes (JSON), whatever the row limit. */
  maxPullBytes: number;
  /** Largest push body in bytes; more answers 413 (the app halves its batch, and sets a single row that large aside). */
  maxPushBytes: number;
  /** Origins besides the Electron app allowed to call the API from a page (a Vite dev server). */
  corsOrigins: readonly string[];
  /**
   * Addresses (or CIDR ranges) of the reverse proxies in front of the server, whose
   * X-Forwarded-For is believed: behind a proxy every client would otherwise share its address,
   * and one office's typos would throttle the whole county. Empty: the connection's address.
   */
  trustedProxies: readonly string[];
  /** Serve HTTPS with this certificate and key (PEM file paths); plain HTTP when unset. */
  tls?: { certFile: string; keyFile: string };
  /** The folder of shipped reference data (JSON files) loaded at every start. */
  referenceDir: string;
};

export const defaultSettings: ServerSettings = {
  passwordHashCost: 17,
  signInFailuresPerUser: 10,
  signInFailuresPerAddress: 200,
  signInWindowMs: 60_000,
  purgeIntervalMs: 60 * 60_000,
  maxPushRows,
  maxAttachmentBytes,
  maxPullBytes: 4 * 1024 * 1024,
  maxPushBytes,
  corsOrigins: [],
  trustedProxies: [],
  referenceDir: fileURLToPath(new URL('../resources/reference', import.meta.url)),
};

/** A setting the environment got wrong, named so the start-up error says which. */
export class SettingError extends Error {}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new SettingError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function origins(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((origin) => {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new SettingError(`CORS_ORIGINS must list origins such as http://localhost:5173, not "${origin}"`);
    }
    if (parsed.origin !== origin) throw new SettingError(`CORS_ORIGINS: "${origin}" is not an origin (write ${parsed.origin})`);
    return origin;
  });
}

/** IPv4 or IPv6 addresses, each optionally with a /prefix: what proxy-addr accepts. */
function addresses(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [address = '', prefix, extra] = entry.split('/');
    const ip = isIP(address);
    const bits = ip === 4 ? 32 : 128;
    if (!ip || extra !== undefined || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))) {
      throw new SettingError(`TRUST_PROXY must list proxy addresses such as 10.0.0.5 or 10.0.0.0/8, not "${entry}"`);
    }
    return entry;
  });
}

/** The settings the environment sets; the rest keep their defaults. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): Partial<ServerSettings> {
  const settings: Partial<ServerSettings> = {};
  const cost = wholeNumber(env, 'PASSWORD_HASH_COST', 10, 20);
  if (cost !== undefined) settings.passwordHashCost = cost;
  const perUser = wholeNumber(env, 'SIGN_IN_FAILURES_PER_USER', 1, 1_000_000);
  if (perUser !== undefined) settings.signInFailuresPerUser = perUser;
  const perAddress = wholeNumber(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 1, 1_000_000);
  if (perAddress !== undefined) settings.signInFailuresPerAddress = perAddress;
  const purge = wholeNumber(env, 'SESSION_PURGE_MINUTES', 1, 7 * 24 * 60);
  if (purge !== undefined) settings.purgeIntervalMs = purge * 60_000;
  const attachmentBytes = wholeNumber(env, 'ATTACHMENT_MAX_BYTES', 1024, 8 * 1024 * 1024);
  if (attachmentBytes !== undefined) settings.maxAttachmentBytes = attachmentBytes;
  const pullBytes = wholeNumber(env, 'PULL_PAGE_MAX_BYTES', 64 * 1024, 64 * 1024 * 1024);
  if (pullBytes !== undefined) settings.maxPullBytes = pullBytes;
  const pushBytes = wholeNumber(env, 'MAX_PUSH_BYTES', 64 * 1024, 1024 * 1024 * 1024);
  if (pushBytes !== undefined) settings.maxPushBytes = pushBytes;
  const cors = origins(env.CORS_ORIGINS);
  if (cors) settings.corsOrigins = cors;
  const proxies = addresses(env.TRUST_PROXY);
  if (proxies) settings.trustedProxies = proxies;
  if (env.TLS_CERT || env.TLS_KEY) {
    if (!env.TLS_CERT || !env.TLS_KEY) throw new SettingError('TLS_CERT and TLS_KEY must be set together');
    settings.tls = { certFile: env.TLS_CERT, keyFile: env.TLS_KEY };
  }
  if (env.REFERENCE_DIR) settings.referenceDir = env.REFERENCE_DIR;
  return settings;
}
