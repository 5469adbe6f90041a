import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slaClock, type SlaEvent, type SlaInput } from '@shared/domain/sla';
import { holdReasons, workOrderStatuses } from '@shared/domain/work-order-status';
import { business, examplePolicy, officeWeek } from '../../../support/sla';

const minute = 60_000;
const created = Date.UTC(2026, 2, 2, 17); // Monday 2 March 2026, 09:00 in Los Angeles
const iso = (ms: number) => new Date(ms).toISOString();
const policies = [examplePolicy(), examplePolicy(business('America/Los_Angeles', officeWeek, ['2026-03-09', '2026-03-17']))];

/** Any history the clock accepts (not only the state machine's paths): whole minutes over a month, a few before createdAt. */
const event: fc.Arbitrary<SlaEvent> = fc
  .tuple(fc.constantFrom(...workOrderStatuses), fc.option(fc.constantFrom(...holdReasons), { nil: undefined }), fc.integer({ min: -120, max: 30 * 24 * 60 }))
  .map(([status, reason, at]) => ({ status, at: iso(created + at * minute), ...(status === 'on-hold' && reason ? { holdReason: reason } : {}) }));
const input = (history: SlaEvent[], policy: number, priority: 1 | 2 | 3 | 4 | 5, now: number): SlaInput => ({
  priority, createdAt: iso(created), history, policy: policies[policy] ?? examplePolicy(), now: iso(now),
});
const timeline = fc.record({
  history: fc.array(event, { maxLength: 8 }),
  policy: fc.integer({ min: 0, max: 1 }),
  priority: fc.constantFrom(1, 2, 3, 4, 5),
  now: fc.integer({ min: 0, max: 40 * 24 * 60 }).map((m) => created + m * minute),
});

describe('SLA clock properties', () => {
  it('elapsed working time never goes down as now moves on', () => {
    fc.assert(
      fc.property(timeline, fc.integer({ min: 0, max: 5 * 24 * 60 }), ({ history, policy, priority, now }, later) => {
        const before = slaClock(input(history, policy, priority, now));
        const after = slaClock(input(history, policy, priority, now + later * minute));
        expect(after.response.elapsedMinutes).toBeGreaterThanOrEqual(before.response.elapsedMinutes);
        expect(after.resolution.elapsedMinutes).toBeGreaterThanOrEqual(before.resolution.elapsedMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it('a running clock is due at the earliest instant its elapsed time reaches the target', () => {
    fc.assert(
      fc.property(timeline, ({ history, policy, priority, now }) => {
        const clocks = slaClock(input(history, policy, priority, now));
        for (const name of ['response', 'resolution'] as const) {
          const clock = clocks[name];
          if (clock.state !== 'running' || clock.dueAt === null) continue;
          // Asked again at the due time, with the history known then, the clock has just reached its target.
          const due = Date.parse(clock.dueAt);
          const known = history.filter((e) => Date.parse(e.at) <= now);
          expect(slaClock(input(known, policy, priority, due))[name].elapsedMinutes).toBeCloseTo(clock.targetMinutes, 9);
          expect(slaClock(input(known, policy, priority, due - 1))[name].elapsedMinutes).toBeLessThan(clock.targetMinutes);
        }
      }),
      { numRuns: 300 },
    );
  });
});
