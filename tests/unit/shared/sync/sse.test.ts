import { describe, expect, it } from 'vitest';
import { readEvents } from '@shared/sync/sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

describe('reading server-sent events', () => {
  it('joins events split across chunks and ignores heartbeats', async () => {
    const data: string[] = [];
    let chunks = 0;
    await readEvents(streamOf(['data: {"type":"res', 'ync"}\n\n: ping\n\n', 'data: {"a":1}\r\n\r\n']), (d) => data.push(d), () => chunks++);
    expect(data).toEqual(['{"type":"resync"}', '{"a":1}']);
    expect(chunks).toBe(3);
  });
});
