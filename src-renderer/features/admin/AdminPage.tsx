import { useState } from 'react';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../../host/api-context';
import { AddUserForm } from './AddUserForm';
import { UserRow } from './UserRow';
import { useManagedUsers } from './use-managed-users';

/** User accounts, for admins: add a user, disable or enable one, reset a password. Needs the network. */
export function AdminPage() {
  const session = useSession();
  const { users, error, reload } = useManagedUsers();
  const [notice, setNotice] = useState<string | null>(null);
  if (session.user.role !== 'admin') return <Text c="red">Only an administrator can manage user accounts.</Text>;

  const changed = async (message: string) => {
    setNotice(message);
    await reload();
  };

  return (
    <Stack className="admin fd-native" gap="md" maw={1000}>
      <Title order={1}>User accounts</Title>
      <Paper component="section" withBorder p="md" aria-labelledby="add-user-title">
        <Title order={2} id="add-user-title" mb="sm">Add a user</Title>
        <AddUserForm onAdded={(user) => void changed(`${user.name} can now sign in as ${user.username}.`)} />
      </Paper>
      {notice && (
        <Alert role="status" color="green">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert role="alert" color="red">
          {error}
        </Alert>
      )}
      <Paper component="section" withBorder p="md" aria-labelledby="accounts-title">
        <Title order={2} id="accounts-title" mb="sm">Everyone with an account</Title>
        {users === null ? (
          !error && <Text c="dimmed">Loading the accounts…</Text>
        ) : (
          <table className="list" aria-label="User accounts">
            <thead>
              <tr>
                <th>Name</th>
                <th>User name</th>
                <th>Role</th>
                <th>Level</th>
                <th>Status</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} onChanged={changed} />
              ))}
            </tbody>
          </table>
        )}
      </Paper>
    </Stack>
  );
}
