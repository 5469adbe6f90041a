import type { SessionUser } from '@shared/sync/protocol';
import { useSession } from '../../host/api-context';
import type { Me } from './status-choices';
import { usePeople } from './use-work-orders';

/**
 * The signed-in user with their support level, from their users document (the session does not
 * carry it). Level 1 until that document has synced: the server decides anyway.
 */
export function useMe(): SessionUser & Me {
  const { user } = useSession();
  const level = usePeople().get(user.id)?.level ?? 1;
  return { ...user, level };
}
