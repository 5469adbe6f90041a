import { describe, expect, it } from 'vitest';
import { requestJson } from '@shared/sync/http-client';
import { ApiError } from '@shared/api/api-error';

/** An answer whose body starts arriving and then stops, as when the network drops mid-download. */
function cutOffAnswer(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"documents":[{"id":"a"'));
      controller.error(new TypeError('terminated'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

const failureOf = (answer: () => Response) => requestJson(async () => answer(), 'http://server/sync/assets/pull').catch((e: unknown) => e);

describe('requestJson', () => {
  it.each([
    ['no answer at all', 'offline', () => Promise.reject(new TypeError('fetch failed')) as never],
    ['an answer cut off half-way', 'offline', cutOffAnswer],
    ['an answer that is not JSON', 'server', () => new Response('<html>proxy error</html>', { status: 200 })],
    ['401', 'expired', () => Response.json({ error: 'session expired' }, { status: 401 })],
    ['403', 'forbidden', () => Response.json({ error: 'not yours', field: 'cost', id: 'x' }, { status: 403 })],
    ['500', 'server', () => Response.json({ error: 'boom' }, { status: 500 })],
  ])('reports %s as %s', async (_, kind, answer) => {
    const error = await failureOf(answer);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe(kind);
  });

  it('keeps the refused field and document of a 403', async () => {
    expect(await failureOf(() => Response.json({ error: 'not yours', field: 'cost', id: 'x' }, { status: 403 }))).toMatchObject({ field: 'cost', documentId: 'x' });
  });
});
