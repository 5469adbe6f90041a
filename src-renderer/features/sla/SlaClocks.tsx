import { useMemo } from 'react';
import type { SlaClock } from '@shared/domain/sla';
import { slaEventsOf, workOrderClock } from '@shared/domain/work-order-clocks';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { useNow } from '../../ui/use-now';
import { clockWords } from './clock-words';
import { usePolicyFor } from './use-sla-policy';
import './sla.css';

/**
 * A work order's response and resolution clocks, from its status timeline with the device time of
 * each change (so they stay right after offline work and sync), under the county's policy: null
 * before the policy has synced; `clock` null when the timeline cannot be read (a damaged entry).
 */
export function useSlaClock(wo: WorkOrder, timeline: readonly WorkOrderNote[], tick: Date): { clock: SlaClock | null; now: Date } | null {
  const policyFor = usePolicyFor();
  const events = useMemo(() => slaEventsOf(timeline), [timeline]);
  return useMemo(() => {
    const policy = policyFor?.(wo);
    if (!policy) return null;
    // Now, not the last tick: a status change just made is after the tick, and the clock ignores
    // events after its now. The tick only makes the clocks count on while nothing changes.
    const now = new Date(Math.max(tick.getTime(), Date.now()));
    return { clock: workOrderClock(wo, events, policy, now), now };
  }, [policyFor, wo, events, tick]);
}

/** The two clocks as the work order page shows them: words coloured green, amber or red, grey while paused. */
export function SlaClocks({ wo, timeline }: { wo: WorkOrder; timeline: readonly WorkOrderNote[] }) {
  const counted = useSlaClock(wo, timeline, useNow(30_000));
  if (!counted) return <span className="fd-sla-idle">Not available yet: the county's service levels arrive with the next sync.</span>;
  const { clock, now } = counted;
  if (!clock) return <span className="fd-sla-idle">Can't be worked out: this work order's status timeline has an entry that can't be read.</span>;
  const hold = wo.status === 'on-hold' ? wo.holdReason : undefined;
  return (
    <span className="fd-sla">
      {(['response', 'resolution'] as const).map((which) => {
        const words = clockWords(clock[which], hold, now);
        return (
          <span key={which} className={`fd-sla-clock fd-sla-${words.tone}`} data-testid={`sla-${which}`} data-tone={words.tone}>
            <strong>{which === 'response' ? 'Response' : 'Resolution'}:</strong> {words.text}
          </span>
        );
      })}
    </span>
  );
}
