import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { channels, type FieldDeskContract } from '@shared/api/contract';
import { bindContract, serveContract } from '@shared/api/transport';

const calls: unknown[] = [];
const impl = Object.fromEntries(
  channels.map((c) => [
    c,
    async (arg: unknown) => {
      calls.push([c, arg]);
      if (c === 'sync:status') throw new ApiError({ kind: 'offline', message: 'no network' });
      return { echoed: c };
    },
  ]),
) as unknown as FieldDeskContract;
const served = serveContract(impl);
const api = bindContract((channel, arg) => served[channel](arg));

describe('calls across the process boundary', () => {
  it('reach the implementation with their argument and return its value', async () => {
    const arg = { collection: 'work-orders', checkpoint: { seq: 3 }, limit: 10 } as const;
    expect(await api['sync:pull'](arg)).toEqual({ echoed: 'sync:pull' });
    expect(calls.at(-1)).toEqual(['sync:pull', arg]);
  });

  it.each([
    ['an unknown collection', 'sync:pull', { collection: 'payroll', checkpoint: { seq: 0 }, limit: 10 }, 'collection'],
    ['a negative checkpoint', 'sync:pull', { collection: 'sites', checkpoint: { seq: -1 }, limit: 10 }, 'checkpoint.seq'],
    ['a server address that is not http', 'auth:login', { serverUrl: 'file:///etc/passwd', username: 'a', password: 'b' }, 'serverUrl'],
    ['an extra property', 'auth:logout', { everything: true }, 'everything'],
  ] as const)('refuse %s as rejected, naming the field, without calling the implementation', async (_, channel, arg, field) => {
    const before = calls.length;
    const error = await (api[channel] as (a: unknown) => Promise<unknown>)(arg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'rejected', field });
    expect(calls.length).toBe(before);
  });

  it('carry an error kind through, so the UI can tell offline from refused', async () => {
    await expect(api['sync:status']({})).rejects.toMatchObject({ kind: 'offline', message: 'no network' });
  });
});
