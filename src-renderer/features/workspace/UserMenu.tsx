import { useState } from 'react';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { ChevronDown, LogOut } from 'lucide-react';
import { useSession } from '../../host/api-context';
import { roleLabels } from '../admin/labels';
import { usePendingActions } from '../sync-status/use-sync-status';
import { SignOutDialog } from './SignOutDialog';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

/** Who is signed in (name and role), with signing out in its menu (asking first when changes wait to be sent). */
export function UserMenu({ onSignOut }: { onSignOut: () => void }) {
  const { user } = useSession();
  const unsent = usePendingActions();
  const [asking, setAsking] = useState(false);
  const signOut = () => (unsent > 0 ? setAsking(true) : onSignOut());
  return (
    <>
      {asking && <SignOutDialog unsent={unsent} onSignOut={onSignOut} onClose={() => setAsking(false)} />}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton className="fd-user" aria-label={`${user.name}, ${roleLabels[user.role]}: account menu`}>
            <Group gap={8} wrap="nowrap">
              <Avatar size={28} radius="xl" color="blue" aria-hidden>
                {initials(user.name)}
              </Avatar>
              <div className="fd-user-text" data-testid="signed-in-user">
                <Text size="sm" fw={600} lh={1.2} truncate>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {roleLabels[user.role]}
                </Text>
              </div>
              <ChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Signed in as {user.username}</Menu.Label>
          <Menu.Item leftSection={<LogOut size={16} aria-hidden />} onClick={signOut}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
