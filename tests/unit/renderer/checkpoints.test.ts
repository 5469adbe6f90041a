import { describe, expect, it } from 'vitest';
import { checkpointStale, type StoredCheckpoint } from '../../../src-renderer/sync/checkpoints';

const held: StoredCheckpoint = { seq: 120, at: 'wo-9', server: 'server-a', view: 1 };

describe('a stored checkpoint against a pull answer', () => {
  it.each([
    ['the same server, further on', held, { server: 'server-a', view: 1, head: 150 }, false],
    ['another server', held, { server: 'server-b', view: 1, head: 150 }, true],
    ['a head behind the checkpoint (restored from a backup)', held, { server: 'server-a', view: 1, head: 80 }, true],
    ['the server saying the checkpoint is not in its history', held, { server: 'server-a', view: 1, head: 150, reset: true }, true],
    ['a newer read rule', held, { server: 'server-a', view: 2, head: 150 }, true],
    ['a checkpoint from before servers had ids: it adopts this one', { seq: 120 }, { server: 'server-b', view: 1, head: 150 }, false],
    ['nothing pulled yet', { seq: 0 }, { server: 'server-b', view: 3, head: 0, reset: true }, false],
  ])('%s: start again is %s', (_, checkpoint, answer, stale) => {
    expect(checkpointStale(checkpoint, answer)).toBe(stale);
  });
});
