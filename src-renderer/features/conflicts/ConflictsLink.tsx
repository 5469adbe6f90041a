import { Link } from 'wouter';
import { Button } from '@mantine/core';
import { TriangleAlert } from 'lucide-react';
import { useOpenConflicts } from './use-open-conflicts';

/** Shown in the top bar only while some edit of mine awaits a decision. */
export function ConflictsLink() {
  const count = useOpenConflicts().length;
  if (count === 0) return null;
  return (
    <Button component={Link} href="/conflicts" color="orange" variant="light" size="compact-sm" leftSection={<TriangleAlert size={14} aria-hidden />} data-testid="conflicts-link">
      {count} edit{count === 1 ? '' : 's'} not applied
    </Button>
  );
}
