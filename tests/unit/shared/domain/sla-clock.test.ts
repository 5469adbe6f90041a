import { describe, expect, it } from 'vitest';
import { slaClock, type SlaEvent } from '@shared/domain/sla';
import { business, examplePolicy, officeWeek, slaInput } from '../../../support/sla';

const la = examplePolicy(business('America/Los_Angeles', officeWeek, ['2026-03-09']));
const ev = (status: SlaEvent['status'], at: string, holdReason?: SlaEvent['holdReason']): SlaEvent => ({ status, at, ...(holdReason ? { holdReason } : {}) });

describe('SLA.md section 9, worked examples', () => {
  describe('1. 24x7: response met, resolution paused while waiting for the client', () => {
    const history = [ev('in-progress', '2026-03-02T10:30Z'), ev('on-hold', '2026-03-02T12:00Z', 'waiting-for-client'), ev('in-progress', '2026-03-03T12:00Z')];
    const at = (now: string) => slaClock(slaInput('2026-03-02T09:00Z', history, now));

    it('meets the response at 10:30Z after 90 minutes', () => {
      expect(at('2026-03-03T13:00Z').response).toEqual({
        state: 'met', targetMinutes: 240, elapsedMinutes: 90, remainingMinutes: 150, dueAt: null, metAt: '2026-03-02T10:30:00.000Z', level: 'ok',
      });
    });

    it('counts 09:00-12:00 (180), nothing on hold, then 12:00-13:00 the next day (60): 240, due 4,080 minutes after now', () => {
      expect(at('2026-03-02T12:00Z').resolution).toMatchObject({ state: 'paused', elapsedMinutes: 180, dueAt: null });
      expect(at('2026-03-03T12:00Z').resolution).toMatchObject({ state: 'running', elapsedMinutes: 180 });
      expect(at('2026-03-03T13:00Z').resolution).toEqual({
        state: 'running', targetMinutes: 4320, elapsedMinutes: 240, remainingMinutes: 4080, dueAt: '2026-03-06T09:00:00.000Z', metAt: null, level: 'ok',
      });
    });
  });

  describe('2. business hours in Los Angeles across a weekend, a holiday and the DST change of 8 March', () => {
    const at = (now: string) => slaClock(slaInput('2026-03-06T16:00-08:00', [], now, { policy: la }));

    it.each([
      ['Friday 17:00 local: Friday 16:00-17:00', '2026-03-06T17:00-08:00', 60],
      ['the weekend adds nothing', '2026-03-08T12:00-07:00', 60],
      ['Monday 9 March is a holiday', '2026-03-09T16:00-07:00', 60],
      ['Tuesday 08:00 local', '2026-03-10T08:00-07:00', 60],
      ['Tuesday 09:00 local: 60 + 0 + 60', '2026-03-10T09:00-07:00', 120],
    ])('%s', (_, now, minutes) => {
      expect(at(now).response.elapsedMinutes).toBe(minutes);
      expect(at(now).resolution.elapsedMinutes).toBe(minutes);
    });

    it('response running, ok, 120 left, due Tuesday 11:00 local', () => {
      expect(at('2026-03-10T09:00-07:00').response).toEqual({
        state: 'running', targetMinutes: 240, elapsedMinutes: 120, remainingMinutes: 120, dueAt: '2026-03-10T18:00:00.000Z', metAt: null, level: 'ok',
      });
    });

    it('resolution the same 120 minutes, due Thursday 19 March 16:00 local', () => {
      expect(at('2026-03-10T09:00-07:00').resolution).toEqual({
        state: 'running', targetMinutes: 4320, elapsedMinutes: 120, remainingMinutes: 4200, dueAt: '2026-03-19T23:00:00.000Z', metAt: null, level: 'ok',
      });
    });
  });

  it('3. breach while running, 24x7: 300 of 240 minutes, due an hour ago', () => {
    expect(slaClock(slaInput('2026-03-02T00:00Z', [], '2026-03-02T05:00Z')).response).toEqual({
      state: 'running', targetMinutes: 240, elapsedMinutes: 300, remainingMinutes: -60, dueAt: '2026-03-02T04:00:00.000Z', metAt: null, level: 'breached',
    });
  });
});

describe('the response clock', () => {
  const created = '2026-03-02T09:00Z';
  it.each([
    ['in-progress answers', [ev('assigned', '2026-03-02T09:10Z'), ev('in-progress', '2026-03-02T09:30Z')], 'met', 30],
    ['on-hold answers', [ev('on-hold', '2026-03-02T09:20Z', 'scheduled')], 'met', 20],
    ['resolved answers', [ev('resolved', '2026-03-02T09:40Z')], 'met', 40],
    ['closed answers', [ev('closed', '2026-03-02T09:50Z')], 'met', 50],
    ['assigning does not', [ev('assigned', '2026-03-02T09:10Z')], 'running', 60],
    ['a cancellation first stops it, whatever follows', [ev('cancelled', '2026-03-02T09:15Z'), ev('in-progress', '2026-03-02T09:30Z')], 'stopped', 15],
    ['a cancellation after the answer does not matter', [ev('in-progress', '2026-03-02T09:30Z'), ev('cancelled', '2026-03-02T09:45Z')], 'met', 30],
  ])('%s', (_, history, state, minutes) => {
    const { response } = slaClock(slaInput(created, history, '2026-03-02T10:00Z'));
    expect(response).toMatchObject({ state, elapsedMinutes: minutes, remainingMinutes: 240 - minutes });
    expect(response.dueAt === null).toBe(state !== 'running');
    expect(response.metAt === null).toBe(state !== 'met');
  });

  it('uses the priority given: P1 has 30 minutes', () => {
    expect(slaClock(slaInput(created, [], '2026-03-02T09:20Z', { priority: 1 })).response).toMatchObject({ targetMinutes: 30, dueAt: '2026-03-02T09:30:00.000Z' });
  });
});

describe('the resolution clock', () => {
  const created = '2026-03-02T09:00Z';
  const clock = (history: SlaEvent[], now: string) => slaClock(slaInput(created, history, now)).resolution;

  it.each([
    ['waiting for the client pauses it', 'waiting-for-client', 'paused', 60],
    ['waiting for a vendor pauses it', 'waiting-for-vendor', 'paused', 60],
    ['waiting for parts does not (not in pauseOn)', 'waiting-for-parts', 'running', 180],
    ['a scheduled visit does not', 'scheduled', 'running', 180],
    ['a hold with no reason counts', undefined, 'running', 180],
  ] as const)('%s', (_, reason, state, minutes) => {
    const history = [ev('in-progress', '2026-03-02T09:30Z'), ev('on-hold', '2026-03-02T10:00Z', reason)];
    expect(clock(history, '2026-03-02T12:00Z')).toMatchObject({ state, elapsedMinutes: minutes });
  });

  it('a paused clock keeps its level: 75% reached before the hold stays amber, and has no due time', () => {
    const history = [ev('on-hold', '2026-03-04T19:00Z', 'waiting-for-client')];
    expect(clock(history, '2026-03-06T00:00Z')).toEqual({
      state: 'paused', targetMinutes: 4320, elapsedMinutes: 3480, remainingMinutes: 840, dueAt: null, metAt: null, level: 'warning',
    });
  });

  it('resolved is met at the resolution; reopened it counts again from the reopening', () => {
    const resolved = [ev('in-progress', '2026-03-02T10:00Z'), ev('resolved', '2026-03-02T11:00Z')];
    expect(clock(resolved, '2026-03-02T15:00Z')).toEqual({
      state: 'met', targetMinutes: 4320, elapsedMinutes: 120, remainingMinutes: 4200, dueAt: null, metAt: '2026-03-02T11:00:00.000Z', level: 'ok',
    });
    const reopened = [...resolved, ev('in-progress', '2026-03-02T14:00Z')];
    expect(clock(reopened, '2026-03-02T15:00Z')).toMatchObject({ state: 'running', elapsedMinutes: 180, metAt: null, dueAt: '2026-03-05T12:00:00.000Z' });
    const resolvedAgain = [...reopened, ev('resolved', '2026-03-02T16:00Z'), ev('closed', '2026-03-03T09:00Z')];
    expect(clock(resolvedAgain, '2026-03-04T09:00Z')).toMatchObject({ state: 'met', elapsedMinutes: 240, metAt: '2026-03-02T16:00:00.000Z' });
  });

  it('any return to a counting status counts again, from a pausing hold too', () => {
    const history = [ev('on-hold', '2026-03-02T10:00Z', 'waiting-for-vendor'), ev('assigned', '2026-03-02T11:00Z')];
    expect(clock(history, '2026-03-02T12:00Z')).toMatchObject({ state: 'running', elapsedMinutes: 120 });
  });

  it('metAt is the start of the last unbroken run: a status set and left at the same instant breaks it', () => {
    const history = [ev('resolved', '2026-03-02T10:00Z'), ev('in-progress', '2026-03-02T12:00Z'), ev('closed', '2026-03-02T12:00Z')];
    expect(clock(history, '2026-03-02T13:00Z')).toMatchObject({ state: 'met', elapsedMinutes: 60, metAt: '2026-03-02T12:00:00.000Z' });
  });

  it('cancelled stops it with the time counted until then', () => {
    const history = [ev('assigned', '2026-03-02T09:30Z'), ev('cancelled', '2026-03-02T10:30Z')];
    expect(clock(history, '2026-03-03T09:00Z')).toEqual({
      state: 'stopped', targetMinutes: 4320, elapsedMinutes: 90, remainingMinutes: 4230, dueAt: null, metAt: null, level: 'ok',
    });
  });

  it('a breached running clock is due in the past, at the instant counted time reached the target', () => {
    // 24 h counted, 24 h on hold for the client, counting again: the 4,320 minutes are reached on 6 March at 09:00.
    const history = [ev('on-hold', '2026-03-03T09:00Z', 'waiting-for-client'), ev('in-progress', '2026-03-04T09:00Z')];
    expect(clock(history, '2026-03-07T09:00Z')).toMatchObject({ state: 'running', elapsedMinutes: 4320 + 1440, remainingMinutes: -1440, level: 'breached', dueAt: '2026-03-06T09:00:00.000Z' });
  });
});

describe('level, remaining and due', () => {
  const at = (now: string, history: SlaEvent[] = []) => slaClock(slaInput('2026-03-02T00:00Z', history, now)).response;
  it.each([
    ['below warnAt x target', '2026-03-02T02:59Z', 'ok'],
    ['at 75% of the target', '2026-03-02T03:00Z', 'warning'],
    ['exactly at the target: warning, due now', '2026-03-02T04:00Z', 'warning'],
    ['past it', '2026-03-02T04:00:00.001Z', 'breached'],
  ])('running %s', (_, now, level) => {
    expect(at(now)).toMatchObject({ level, dueAt: '2026-03-02T04:00:00.000Z' });
  });

  it('met and stopped clocks are never amber, but are red when late', () => {
    expect(at('2026-03-03T00:00Z', [ev('in-progress', '2026-03-02T03:30Z')])).toMatchObject({ state: 'met', level: 'ok' });
    expect(at('2026-03-03T00:00Z', [ev('in-progress', '2026-03-02T05:00Z')])).toMatchObject({ state: 'met', level: 'breached', remainingMinutes: -60 });
    expect(at('2026-03-03T00:00Z', [ev('cancelled', '2026-03-02T03:30Z')])).toMatchObject({ state: 'stopped', level: 'ok' });
    expect(at('2026-03-03T00:00Z', [ev('cancelled', '2026-03-02T04:30Z')])).toMatchObject({ state: 'stopped', level: 'breached' });
  });

  it('a target reached exactly at the end of a working day is due at that end, not the next morning', () => {
    const created = '2026-03-02T13:00-08:00'; // Monday 13:00 local; 240 minutes take the rest of the day
    expect(slaClock(slaInput(created, [], '2026-03-02T14:00-08:00', { policy: la })).response.dueAt).toBe('2026-03-03T01:00:00.000Z');
    // After hours: at the target, not over it, and still due at 17:00.
    expect(slaClock(slaInput(created, [], '2026-03-03T07:00-08:00', { policy: la })).response).toMatchObject({ elapsedMinutes: 240, level: 'warning', dueAt: '2026-03-03T01:00:00.000Z' });
  });

  it('elapsed minutes are not rounded; a fractional due time rounds up to the next millisecond', () => {
    const tiny = examplePolicy();
    tiny.targets['3'] = { responseMinutes: 0.00001, resolutionMinutes: 1 }; // 0.6 ms
    const clock = slaClock(slaInput('2026-03-02T09:00:00.0004Z', [], '2026-03-02T09:00:00.0004Z', { policy: tiny }));
    expect(clock.response.dueAt).toBe('2026-03-02T09:00:00.001Z');
    expect(clock.resolution.dueAt).toBe('2026-03-02T09:01:00.001Z');
    const later = slaClock(slaInput('2026-03-02T09:00Z', [], '2026-03-02T09:00:20Z', { policy: tiny }));
    expect(later.resolution.elapsedMinutes).toBeCloseTo(1 / 3, 12);
  });
});

describe('the timeline', () => {
  const created = '2026-03-02T09:00Z';
  const clock = (history: SlaEvent[], now = '2026-03-02T12:00Z') => slaClock(slaInput(created, history, now));

  it('sorts events by their instant, whatever order they arrive in and however their offsets read', () => {
    const inOrder = [ev('in-progress', '2026-03-02T10:00Z'), ev('on-hold', '2026-03-02T11:00Z', 'waiting-for-client')];
    // "10:30+01:00" is 09:30Z: earlier than "10:00Z" although it sorts after it as text.
    const shuffled = [ev('on-hold', '2026-03-02T11:00Z', 'waiting-for-client'), ev('assigned', '2026-03-02T10:30+01:00'), ev('in-progress', '2026-03-02T10:00Z')];
    expect(clock(shuffled)).toEqual(clock([ev('assigned', '2026-03-02T09:30Z'), ...inOrder]));
    expect(clock(shuffled).resolution).toMatchObject({ state: 'paused', elapsedMinutes: 120 });
  });

  it('keeps the input order of events at the same instant', () => {
    const holdLast = [ev('in-progress', '2026-03-02T10:00Z'), ev('on-hold', '2026-03-02T10:00Z', 'waiting-for-client')];
    expect(clock(holdLast).resolution.state).toBe('paused');
    expect(clock([...holdLast].reverse()).resolution.state).toBe('running');
  });

  it('moves an event from before createdAt to createdAt, in the place its own time gives it', () => {
    // A device clock behind: both changes stamped before the work order existed.
    const history = [ev('on-hold', '2026-03-02T08:30Z', 'waiting-for-client'), ev('in-progress', '2026-03-02T08:00Z')];
    const { response, resolution } = clock(history);
    expect(response).toMatchObject({ state: 'met', elapsedMinutes: 0, metAt: '2026-03-02T09:00:00.000Z' });
    expect(resolution).toMatchObject({ state: 'paused', elapsedMinutes: 0 });
  });

  it('counts an event exactly at now and ignores later ones', () => {
    expect(clock([ev('in-progress', '2026-03-02T12:00Z')]).response).toMatchObject({ state: 'met', elapsedMinutes: 180 });
    const future = [ev('in-progress', '2026-03-02T12:00:00.001Z'), ev('resolved', '2026-03-03T12:00Z')];
    expect(clock(future)).toMatchObject({ response: { state: 'running', elapsedMinutes: 180 }, resolution: { state: 'running', elapsedMinutes: 180 } });
  });

  it('takes every instant form section 1 allows: Z or an offset, with or without seconds and fractions', () => {
    const forms = ['2026-03-02T10:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00.000Z', '2026-03-02T02:00-08:00', '2026-03-02T11:00:00.000+01:00', '2026-03-02T15:30+05:30', '2026-03-02T11:00+01'];
    for (const at of forms) expect(clock([ev('in-progress', at)]).response.metAt).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('business hours', () => {
  const created = '2026-03-13T15:00-07:00'; // Friday 15:00 in Los Angeles

  it('skip the weekend', () => {
    const { response, resolution } = slaClock(slaInput(created, [], '2026-03-16T10:00-07:00', { policy: la }));
    expect(response).toMatchObject({ elapsedMinutes: 240, level: 'warning', dueAt: '2026-03-16T17:00:00.000Z' });
    expect(resolution.elapsedMinutes).toBe(240);
  });

  it('skip a holiday when working out the due time', () => {
    const withHoliday = examplePolicy(business('America/Los_Angeles', officeWeek, ['2026-03-16']));
    expect(slaClock(slaInput(created, [], '2026-03-13T16:00-07:00', { policy: withHoliday })).response).toMatchObject({ elapsedMinutes: 60, dueAt: '2026-03-17T17:00:00.000Z' });
  });

  it('pause only the time that was working time', () => {
    // On hold for the client from Friday 16:00 to Monday 09:00 local: only Friday 16-17 and Monday 08-09 are lost.
    const history = [ev('on-hold', '2026-03-13T16:00-07:00', 'waiting-for-client'), ev('in-progress', '2026-03-16T09:00-07:00')];
    expect(slaClock(slaInput(created, history, '2026-03-16T10:00-07:00', { policy: la })).resolution.elapsedMinutes).toBe(120);
  });
});
