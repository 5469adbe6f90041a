import { Link } from 'wouter';
import { useOpenConflicts } from './use-open-conflicts';

/** Shown in the top bar only while some edit of mine awaits a decision. */
export function ConflictsLink() {
  const count = useOpenConflicts().length;
  if (count === 0) return null;
  return (
    <Link href="/conflicts" className="attention" data-testid="conflicts-link">
      {count} edit{count === 1 ? '' : 's'} not applied
    </Link>
  );
}
