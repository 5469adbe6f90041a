import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Checkbox, Text } from '@mantine/core';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SlaClock } from '@shared/domain/sla';
import { useWorkOrderFilters, type SortKey } from '../../stores/work-order-filters';
import { usePendingKeys } from '../sync-status/use-sync-status';
import type { Names } from './select-work-orders';
import { WorkOrderRow, rowHeight } from './WorkOrderRow';
import { teamEntries, type TeamEntry } from './team-groups';
import { workOrderNumber } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { useClientUpdateHours } from '../reference/use-reference';
import { clientUpdateDue } from '@shared/domain/client-updates';
import './team-queue.css';

const groupHeight = 36;

/** Rows a supervisor has ticked to assign together. */
export type RowSelection = { selected: ReadonlySet<string>; toggle(id: string): void };

const columns: { key: SortKey; label: string }[] = [
  { key: 'number', label: 'Number' },
  { key: 'title', label: 'Title' },
  { key: 'site', label: 'Site' },
  { key: 'assignee', label: 'Assignee' },
  { key: 'status', label: 'Status' },
  { key: 'priority', label: 'Priority' },
  { key: 'due', label: 'Due' },
  { key: 'updated', label: 'Updated' },
];

type Props = {
  workOrders: readonly WorkOrder[];
  names: Names;
  loading: boolean;
  filterRef: RefObject<HTMLInputElement | null>;
  /** The team queue: a heading with its count before each assignee's work (unassigned first). */
  grouped?: boolean;
  /** A checkbox before each row (supervisors assign the ticked rows). */
  selection?: RowSelection;
  /** Each work order's service-level clocks, by id (null before the county's policy has synced). */
  clocks: ReadonlyMap<string, SlaClock | null> | null;
};

/**
 * The rows in view of a scrolling box (@tanstack/react-virtual), each one link. Arrows, Home,
 * End, Page Up and Page Down move between rows; Enter opens one (it is a link). Where the list
 * was scrolled and which row had the focus are kept for coming back.
 */
export function WorkOrderTable({ workOrders, names, loading, filterRef, grouped = false, selection, clocks }: Props) {
  const { sort, direction, sortBy, scrollOffset, activeId } = useWorkOrderFilters();
  const pending = usePendingKeys();
  const now = useNow();
  const clientUpdateHours = useClientUpdateHours();
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeIndex = Math.max(0, activeId ? workOrders.findIndex((wo) => wo.id === activeId) : 0);
  // What the box draws: the rows, with the team queue's group headings between them.
  const { entries, entryOf } = useMemo(() => {
    const list: TeamEntry[] = grouped ? teamEntries(workOrders, names) : workOrders.map((wo, index) => ({ kind: 'row', wo, index }));
    const at: number[] = [];
    list.forEach((e, i) => e.kind === 'row' && (at[e.index] = i));
    return { entries: list, entryOf: at };
  }, [workOrders, names, grouped]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (entries[i]?.kind === 'group' ? groupHeight : rowHeight),
    overscan: 8,
    initialOffset: scrollOffset,
  });
  // Coming back to the list with a row chosen before: that row has the focus again, for the keyboard.
  const focusWanted = useRef(activeId !== null);

  // Keep the scroll position for the next visit: noted at each scroll in a ref (a store update per
  // scroll would re-render the list), stored on leaving (a detached box reads scrollTop 0).
  const offset = useRef(scrollOffset);
  useEffect(() => () => useWorkOrderFilters.setState({ scrollOffset: offset.current }), []);
  // Another filter or sort starts at the top.
  useEffect(
    () =>
      useWorkOrderFilters.subscribe((now, before) => {
        const changed = (['scope', 'status', 'priority', 'siteId', 'text', 'sort', 'direction'] as const).some((k) => now[k] !== before[k]);
        if (changed && scrollRef.current) scrollRef.current.scrollTop = offset.current = 0;
      }),
    [],
  );

  useLayoutEffect(() => {
    if (!focusWanted.current) return;
    if (document.activeElement?.closest('input, textarea, select')) return void (focusWanted.current = false);
    // The row may not be drawn yet (the box is measured after the first render): try again at the next render.
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!row) return;
    focusWanted.current = false;
    row.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const target = workOrders[Math.min(Math.max(index, 0), workOrders.length - 1)];
    if (!target) return;
    focusWanted.current = true;
    useWorkOrderFilters.setState({ activeId: target.id });
    virtualizer.scrollToIndex(entryOf[workOrders.indexOf(target)] ?? 0, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 480) / rowHeight) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key === 'ArrowUp' && activeIndex === 0) filterRef.current?.focus();
    else if (event.key in step) moveTo(activeIndex + (step[event.key] ?? 0));
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(workOrders.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className={selection ? 'wo-table wo-selectable' : 'wo-table'}>
      <div className="wo-grid wo-head">
        {columns.map((c) => {
          const sorted = sort === c.key;
          const words = sorted ? `, sorted ${direction === 'asc' ? 'ascending' : 'descending'}` : '';
          return (
            <button key={c.key} type="button" className="wo-sort" aria-label={`${c.label}${words}`} onClick={() => sortBy(c.key)} data-sorted={sorted || undefined}>
              {c.label}
              {sorted && (direction === 'asc' ? <ArrowUp size={14} aria-hidden /> : <ArrowDown size={14} aria-hidden />)}
            </button>
          );
        })}
      </div>
      <div ref={scrollRef} className="wo-scroll" onKeyDown={onKeyDown} onScroll={(e) => (offset.current = e.currentTarget.scrollTop)}>
        {!loading && workOrders.length === 0 ? (
          <Text c="dimmed" p="md">No work orders match these filters.</Text>
        ) : (
          <ul aria-label="Work orders" className="wo-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = entries[item.index] as TeamEntry;
              const style = { transform: `translateY(${item.start}px)` };
              if (entry.kind === 'group') {
                // Not an item of the list: a heading the rows below it belong to.
                return (
                  <li key={`group-${entry.group.assigneeId}`} role="presentation" className="wo-group-li" style={style}>
                    <h2 className="wo-group">{entry.group.label} <span className="wo-dim">· {entry.group.count.toLocaleString()}</span></h2>
                  </li>
                );
              }
              const { wo, index } = entry;
              return (
                <li key={wo.id} aria-setsize={workOrders.length} aria-posinset={index + 1} style={style}>
                  {selection && (
                    <Checkbox
                      className="wo-pick"
                      aria-label={`Select ${workOrderNumber(wo.number)} ${wo.title}`}
                      checked={selection.selected.has(wo.id)}
                      onChange={() => selection.toggle(wo.id)}
                    />
                  )}
                  <WorkOrderRow
                    wo={wo}
                    index={index}
                    names={names}
                    pending={pending.has(`work-orders:${wo.id}`)}
                    tabbable={index === activeIndex}
                    clientDue={clientUpdateDue(wo, now, clientUpdateHours)}
                    clock={clocks ? (clocks.get(wo.id) ?? null) : undefined}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
