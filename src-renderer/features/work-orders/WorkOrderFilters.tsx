import { useEffect, type RefObject } from 'react';
import { Chip, CloseButton, Group, Kbd, NativeSelect, TextInput } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import { Search } from 'lucide-react';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { statusLabels, workOrderStatuses } from '@shared/domain/work-order-status';
import { scopeFor, useWorkOrderFilters, type Scope, type StatusFilter } from '../../stores/work-order-filters';
import { useSession } from '../../host/api-context';
import { useSites } from './use-work-orders';

const textTypes = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'time']);
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable) ||
  (target instanceof HTMLInputElement && textTypes.has(target.type));

const scopeLabels: Record<Scope, string> = { team: 'Team queue', mine: 'Assigned to me', unassigned: 'Unassigned', everyone: "Everyone's" };
/** A technician has no team queue: their own work, the work they may take, everyone's. */
const scopesOf = (role: string): Scope[] => (role === 'technician' ? ['mine', 'unassigned', 'everyone'] : ['team', 'mine', 'unassigned', 'everyone']);

/** Show (with each scope's count), the text filter (`/` focuses it), status, priority and site. */
export function WorkOrderFilters({ counts, filterRef }: { counts: Record<Scope, number> | null; filterRef: RefObject<HTMLInputElement | null> }) {
  const filters = useWorkOrderFilters(useShallow(({ scope, scopeChosenBy, status, priority, siteId, text, set }) => ({ scope, scopeChosenBy, status, priority, siteId, text, set })));
  const { user } = useSession();
  const scope = scopeFor(filters, user);
  const { sites } = useSites();
  useEffect(() => {
    // `/` from anywhere but a field being typed in (a chip or checkbox that has the focus does not count).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      filterRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filterRef]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {/* Chips rather than a segmented control: nothing to measure when the list mounts. */}
      <Chip.Group multiple={false} value={scope} onChange={(value) => filters.set({ scope: value as Scope, scopeChosenBy: user.id })}>
        <Group gap={6} role="radiogroup" aria-label="Show" mb={4}>
          {scopesOf(user.role).map((scope) => (
            <Chip key={scope} value={scope} variant="light" radius="sm">
              {`${scopeLabels[scope]} ${counts ? counts[scope].toLocaleString() : ''}`.trim()}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <TextInput
        ref={filterRef}
        label="Filter"
        placeholder="Number, title, site, requester"
        value={filters.text}
        onChange={(e) => filters.set({ text: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.querySelector<HTMLElement>('.wo-row[tabindex="0"]')?.focus();
          } else if (e.key === 'Escape' && filters.text) {
            e.stopPropagation();
            filters.set({ text: '' });
          }
        }}
        leftSection={<Search size={16} aria-hidden />}
        rightSection={filters.text ? <CloseButton aria-label="Clear the filter" onClick={() => filters.set({ text: '' })} /> : <Kbd aria-hidden>/</Kbd>}
        w={260}
      />
      <NativeSelect
        label="Status"
        value={filters.status}
        onChange={(e) => filters.set({ status: e.currentTarget.value as StatusFilter })}
        data={[{ value: 'open', label: 'Open' }, { value: 'all', label: 'Any status' }, ...workOrderStatuses.map((s) => ({ value: s, label: statusLabels[s] }))]}
      />
      <NativeSelect
        label="Priority"
        value={filters.priority ? String(filters.priority) : ''}
        onChange={(e) => filters.set({ priority: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        data={[{ value: '', label: 'Any priority' }, ...([1, 2, 3, 4, 5] as Priority[]).map((p) => ({ value: String(p), label: priorityLabels[p] }))]}
      />
      <NativeSelect
        label="Site"
        value={filters.siteId ?? ''}
        onChange={(e) => filters.set({ siteId: e.currentTarget.value || null })}
        data={[{ value: '', label: 'Any site' }, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
        maw={240}
      />
    </Group>
  );
}
