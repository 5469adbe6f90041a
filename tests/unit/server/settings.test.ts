import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsFromEnv } from '../../../src-server/settings';

describe('server settings', () => {
  it('default to production values: OWASP scrypt cost, 10 failed sign-ins a minute per user name, hourly purge, 1,000 rows and 8 MiB a push', () => {
    expect(defaultSettings).toMatchObject({
      passwordHashCost: 17,
      signInFailuresPerUser: 10,
      signInWindowMs: 60_000,
      purgeIntervalMs: 3_600_000,
      maxPushRows: 1000,
      maxAttachmentBytes: 400 * 1024,
      maxPullBytes: 4 * 1024 * 1024,
      maxPushBytes: 8 * 1024 * 1024,
      corsOrigins: [],
      trustedProxies: [],
    });
    expect(defaultSettings.signInFailuresPerAddress).toBeGreaterThanOrEqual(100);
    expect(defaultSettings.tls).toBeUndefined();
    expect(defaultSettings.referenceDir).toMatch(/resources\/reference$/);
  });

  it('read from the environment', () => {
    expect(
      settingsFromEnv({
        PASSWORD_HASH_COST: '15',
        SIGN_IN_FAILURES_PER_USER: '5',
        SIGN_IN_FAILURES_PER_ADDRESS: '500',
        SESSION_PURGE_MINUTES: '10',
        MAX_PUSH_BYTES: '1048576',
        CORS_ORIGINS: 'http://localhost:5173, https://desk.county.example',
        TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1',
        TLS_CERT: '/etc/fielddesk/cert.pem',
        TLS_KEY: '/etc/fielddesk/key.pem',
        REFERENCE_DIR: '/etc/fielddesk/reference',
        ATTACHMENT_MAX_BYTES: '1048576',
        PULL_PAGE_MAX_BYTES: '2097152',
      }),
    ).toEqual({
      passwordHashCost: 15,
      signInFailuresPerUser: 5,
      signInFailuresPerAddress: 500,
      purgeIntervalMs: 600_000,
      maxPushBytes: 1_048_576,
      corsOrigins: ['http://localhost:5173', 'https://desk.county.example'],
      trustedProxies: ['10.0.0.5', '192.168.0.0/16', '::1'],
      tls: { certFile: '/etc/fielddesk/cert.pem', keyFile: '/etc/fielddesk/key.pem' },
      referenceDir: '/etc/fielddesk/reference',
      maxAttachmentBytes: 1_048_576,
      maxPullBytes: 2_097_152,
    });
    expect(settingsFromEnv({})).toEqual({});
  });

  it.each([
    [{ PASSWORD_HASH_COST: '30' }, /PASSWORD_HASH_COST must be a whole number from 10 to 20/],
    [{ SIGN_IN_FAILURES_PER_USER: '0' }, /SIGN_IN_FAILURES_PER_USER/],
    [{ MAX_PUSH_BYTES: '1000' }, /MAX_PUSH_BYTES must be a whole number from 65536/],
    [{ CORS_ORIGINS: 'localhost:5173' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'http://localhost:5173/app' }, /write http:\/\/localhost:5173/],
    [{ TRUST_PROXY: 'proxy.county.example' }, /TRUST_PROXY must list proxy addresses/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    [{ TLS_CERT: '/etc/cert.pem' }, /TLS_CERT and TLS_KEY must be set together/],
    [{ ATTACHMENT_MAX_BYTES: '100' }, /ATTACHMENT_MAX_BYTES/],
    [{ PULL_PAGE_MAX_BYTES: 'lots' }, /PULL_PAGE_MAX_BYTES/],
  ])('refuse %o, naming the setting', (env, message) => {
    expect(() => settingsFromEnv(env)).toThrow(message);
  });
});
