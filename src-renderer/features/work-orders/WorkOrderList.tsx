import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Plus, Printer } from 'lucide-react';
import { useNames, useWorkOrders } from './use-work-orders';
import { WorkOrderFilters } from './WorkOrderFilters';
import { WorkOrderTable, type RowSelection } from './WorkOrderTable';
import { AssignSelectedBar } from './AssignSelectedBar';
import { useSession } from '../../host/api-context';
import { supervises } from '@shared/domain/access';

const titles = { team: 'Team queue', mine: 'My work orders', unassigned: 'Unassigned work orders', everyone: 'All work orders' } as const;

/**
 * The work-order list: the technician's queue, the unassigned work, or everyone's, filtered and
 * sorted in memory, virtualised (only the rows in view are in the page), keyboard-driven. A
 * supervisor opens on the team queue and assigns the rows they tick.
 */
export function WorkOrderList() {
  const { workOrders, counts, scope, loading, clocks } = useWorkOrders();
  const names = useNames();
  const filterRef = useRef<HTMLInputElement>(null);
  const count = workOrders.length.toLocaleString();
  const { user } = useSession();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection: RowSelection | undefined = supervises(user.role)
    ? {
        selected,
        toggle: (id) =>
          setSelected((before) => {
            const next = new Set(before);
            if (!next.delete(id)) next.add(id);
            return next;
          }),
      }
    : undefined;

  return (
    <Stack gap="sm" className="work-order-list">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" align="baseline">
          <Title order={1}>{titles[scope]}</Title>
          <Text c="dimmed" data-testid="work-order-count" aria-live="polite">
            {loading ? 'Loading…' : `${count} work order${workOrders.length === 1 ? '' : 's'}`}
          </Text>
        </Group>
        <Group gap="sm">
          <Button component={Link} href="/work-orders/new" leftSection={<Plus size={16} aria-hidden />}>
            New work order
          </Button>
          <Button component={Link} href="/reports/open-work-orders" variant="default" leftSection={<Printer size={16} aria-hidden />}>
            Report of open work orders
          </Button>
        </Group>
      </Group>
      <WorkOrderFilters counts={loading ? null : counts} filterRef={filterRef} />
      <AssignSelectedBar selected={selected} onDone={() => setSelected(new Set())} />
      <WorkOrderTable workOrders={workOrders} names={names} loading={loading} filterRef={filterRef} grouped={scope === 'team'} selection={selection} clocks={clocks} />
    </Stack>
  );
}
