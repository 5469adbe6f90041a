import { describe, expect, it } from 'vitest';
import { slaClock } from '@shared/domain/sla';
import { clockWords, durationWords, shortClockWords } from '../../../src-renderer/features/sla/clock-words';
import { examplePolicy } from '../../support/sla';

// Priority 3 under SLA.md's example policy, around the clock: response 240 min, resolution 4,320 min (3 days).
const clocks = (history: { status: 'in-progress' | 'on-hold' | 'resolved' | 'cancelled'; holdReason?: 'waiting-for-client' | 'waiting-for-parts'; at: string }[], now: string) =>
  slaClock({ priority: 3, createdAt: '2026-03-02T09:00:00.000Z', history, policy: examplePolicy(), now });
const now = new Date('2026-03-02T12:00:00.000Z');

describe('a service-level clock in words', () => {
  it.each([
    [0.5, 'under a minute'],
    [45, '45 min'],
    [180, '3 h'],
    [200, '3 h 20 min'],
    [1440 * 2 + 240, '2 d 4 h'],
  ])('%s working minutes read "%s"', (minutes, words) => {
    expect(durationWords(minutes)).toBe(words);
  });

  it('running with time left: how much, and when it is due; amber once past the warning share', () => {
    const { response } = clocks([], '2026-03-02T12:00:00.000Z');
    expect(clockWords(response, undefined, now)).toEqual({ text: expect.stringMatching(/^1 h left, due /), tone: 'warning' });
  });

  it('late: how late, in red', () => {
    const { response } = clocks([], '2026-03-02T14:30:00.000Z');
    expect(clockWords(response, undefined, now)).toEqual({ text: '1 h 30 min late', tone: 'breached' });
  });

  it('on hold for a reason that pauses it: paused, why, and what is left, in grey', () => {
    const { resolution } = clocks([{ status: 'in-progress', at: '2026-03-02T09:30:00.000Z' }, { status: 'on-hold', holdReason: 'waiting-for-client', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z');
    expect(clockWords(resolution, 'waiting-for-client', now)).toEqual({ text: 'Paused while on hold (waiting for client): 2 d 23 h left', tone: 'idle' });
  });

  it('met in time is green; met after the target is red and says late', () => {
    const inTime = clocks([{ status: 'in-progress', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z').response;
    expect(clockWords(inTime, undefined, now)).toEqual({ text: expect.stringMatching(/^Met, /), tone: 'ok' });
    const late = clocks([{ status: 'in-progress', at: '2026-03-02T14:00:00.000Z' }], '2026-03-02T15:00:00.000Z').response;
    expect(clockWords(late, undefined, now)).toEqual({ text: expect.stringMatching(/^Met late, /), tone: 'breached' });
  });

  it('cancelled: stopped, in grey', () => {
    const { resolution } = clocks([{ status: 'cancelled', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z');
    expect(clockWords(resolution, undefined, now)).toEqual({ text: 'Stopped: the work order was cancelled', tone: 'idle' });
  });
});

describe('the clocks in a list row, in few words', () => {
  it.each<[string, Parameters<typeof clocks>[0], string, 'response' | 'resolution', string, string]>([
    ['response running', [], '2026-03-02T12:00:00.000Z', 'response', 'Respond in 1 h', 'warning'],
    ['response late', [], '2026-03-02T14:30:00.000Z', 'response', 'Response 1 h 30 min late', 'breached'],
    ['responded in time', [{ status: 'in-progress', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z', 'response', 'Responded', 'ok'],
    ['responded late', [{ status: 'in-progress', at: '2026-03-02T14:00:00.000Z' }], '2026-03-02T15:00:00.000Z', 'response', 'Responded late', 'breached'],
    ['resolution running', [{ status: 'in-progress', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z', 'resolution', 'Resolve in 2 d 21 h', 'ok'],
    [
      'resolution paused on hold',
      [{ status: 'in-progress', at: '2026-03-02T09:30:00.000Z' }, { status: 'on-hold', holdReason: 'waiting-for-client', at: '2026-03-02T10:00:00.000Z' }],
      '2026-03-02T12:00:00.000Z',
      'resolution',
      'Resolution paused, 2 d 23 h left',
      'idle',
    ],
    ['resolved', [{ status: 'resolved', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z', 'resolution', 'Resolved', 'ok'],
    ['cancelled', [{ status: 'cancelled', at: '2026-03-02T10:00:00.000Z' }], '2026-03-02T12:00:00.000Z', 'resolution', 'Cancelled: no clock', 'idle'],
  ])('%s', (_, history, at, which, text, tone) => {
    expect(shortClockWords(which, clocks(history, at)[which])).toEqual({ text, tone });
  });
});
