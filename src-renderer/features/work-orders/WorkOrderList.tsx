import { useRef } from 'react';
import { Link } from 'wouter';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Printer } from 'lucide-react';
import { useWorkOrderFilters } from '../../stores/work-order-filters';
import { useNames, useWorkOrders } from './use-work-orders';
import { WorkOrderFilters } from './WorkOrderFilters';
import { WorkOrderTable } from './WorkOrderTable';

const titles = { mine: 'My work orders', unassigned: 'Unassigned work orders', everyone: 'All work orders' } as const;

/**
 * The work-order list: the technician's queue, the unassigned work, or everyone's, filtered and
 * sorted in memory, virtualised (only the rows in view are in the page), keyboard-driven.
 */
export function WorkOrderList() {
  const scope = useWorkOrderFilters((s) => s.scope);
  const { workOrders, counts, loading } = useWorkOrders();
  const names = useNames();
  const filterRef = useRef<HTMLInputElement>(null);
  const count = workOrders.length.toLocaleString();

  return (
    <Stack gap="sm" className="work-order-list">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" align="baseline">
          <Title order={1}>{titles[scope]}</Title>
          <Text c="dimmed" data-testid="work-order-count" aria-live="polite">
            {loading ? 'Loading…' : `${count} work order${workOrders.length === 1 ? '' : 's'}`}
          </Text>
        </Group>
        <Button component={Link} href="/reports/open-work-orders" variant="default" leftSection={<Printer size={16} aria-hidden />}>
          Report of open work orders
        </Button>
      </Group>
      <WorkOrderFilters counts={loading ? null : counts} filterRef={filterRef} />
      <WorkOrderTable workOrders={workOrders} names={names} loading={loading} filterRef={filterRef} />
    </Stack>
  );
}
