import type { Database } from '../db/database';
import type { ServerSettings } from '../settings';
import { purgeExpiredSessions } from './sessions';
import { purgeOldFailures } from './sign-in-throttle';

/**
 * Deletes expired sessions and sign-in failures past the throttle window: once now, then every
 * `purgeIntervalMs`. Returns the function that stops it.
 */
export async function startPurging(db: Database, settings: Pick<ServerSettings, 'purgeIntervalMs' | 'signInWindowMs'>, onError: (error: unknown) => void): Promise<() => void> {
  const purge = async () => {
    await purgeExpiredSessions(db);
    await purgeOldFailures(db, settings.signInWindowMs);
  };
  await purge();
  const timer = setInterval(() => void purge().catch(onError), settings.purgeIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
