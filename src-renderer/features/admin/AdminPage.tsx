import { useState } from 'react';
import { useSession } from '../../host/api-context';
import { AddUserForm } from './AddUserForm';
import { UserRow } from './UserRow';
import { useManagedUsers } from './use-managed-users';

/** User accounts, for admins: add a user, disable or enable one, reset a password. Needs the network. */
export function AdminPage() {
  const session = useSession();
  const { users, error, reload } = useManagedUsers();
  const [notice, setNotice] = useState<string | null>(null);
  if (session.user.role !== 'admin') return <p className="error">Only an administrator can manage user accounts.</p>;

  const changed = async (message: string) => {
    setNotice(message);
    await reload();
  };

  return (
    <div className="admin">
      <h1>User accounts</h1>
      <section>
        <h2>Add a user</h2>
        <AddUserForm onAdded={(user) => void changed(`${user.name} can now sign in as ${user.username}.`)} />
      </section>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section>
        <h2>Everyone with an account</h2>
        {users === null ? (
          !error && <p className="muted">Loading the accounts…</p>
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
      </section>
    </div>
  );
}
