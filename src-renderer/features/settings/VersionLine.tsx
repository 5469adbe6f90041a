import { useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import type { Person } from '@shared/schema/user.schema';
import { formatDateTime } from '../../ui/format';
import { usePendingKeys } from '../sync-status/use-sync-status';

/** Which version is in force, who saved it and when, and whether it still waits to be sent. */
export function VersionLine({ doc }: { doc: ReferenceDoc }) {
  const users = useRxCollection<Person>('users');
  const { result: author } = useRxDocument<Person>(users, doc.createdBy ?? '');
  const pending = usePendingKeys().has(`reference:${doc.id}`);
  const by = doc.shipped ? 'as shipped with FieldDesk' : `saved by ${author?.name ?? 'a supervisor'} on ${formatDateTime(doc.createdAt)}`;
  return (
    <p className="muted" data-testid="version-line">
      In force: version {doc.version}, {by}.{pending && <span className="badge pending">not sent yet</span>}
    </p>
  );
}
