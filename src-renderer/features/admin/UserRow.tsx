import { useState, type FormEvent } from 'react';
import { checkPasswordReset, minPasswordLength, type ManagedUser } from '@shared/sync/admin-protocol';
import { useApi, useSession } from '../../host/api-context';
import { adminFailureWords, roleLabels } from './labels';
import { plainError, sentence } from '../../ui/plain-error';

/** One account: who they are, and disable / enable, grant or revoke safety officer, reset password. */
export function UserRow({ user, onChanged }: { user: ManagedUser; onChanged: (notice: string) => Promise<void> }) {
  const api = useApi();
  const session = useSession();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isMe = user.id === session.user.id;

  const run = async (action: () => Promise<unknown>, notice: string) => {
    try {
      await action();
      setError(null);
      await onChanged(notice);
    } catch (e) {
      setError(plainError(e, adminFailureWords));
    }
  };

  const toggle = () =>
    run(
      () => api['admin:change-user']({ userId: user.id, change: { disabled: !user.disabled } }),
      user.disabled ? `${user.name} can sign in again.` : `${user.name} is disabled and signed out everywhere.`,
    );

  const safetyOfficer = user.permissions.includes('safety-officer');
  const toggleSafetyOfficer = () =>
    run(
      () =>
        api['admin:change-user']({
          userId: user.id,
          change: { permissions: safetyOfficer ? user.permissions.filter((p) => p !== 'safety-officer') : [...user.permissions, 'safety-officer'] },
        }),
      safetyOfficer ? `${user.name} is no longer a safety officer.` : `${user.name} is now a safety officer.`,
    );

  const reset = async (event: FormEvent) => {
    event.preventDefault();
    const violation = checkPasswordReset({ password });
    if (violation) return setError(sentence(violation.message));
    await run(() => api['admin:reset-password']({ userId: user.id, password }), `${user.name} has a new password and was signed out everywhere.`);
    setPassword('');
    setResetting(false);
  };

  return (
    <tr data-testid="user-row">
      <td>{user.name}</td>
      <td>{user.username}</td>
      <td>
        {roleLabels[user.role]}
        {safetyOfficer ? ', safety officer' : ''}
      </td>
      <td>Level {user.level}</td>
      <td>{user.disabled ? 'Disabled' : 'Active'}</td>
      <td>
        {!isMe && (
          <button type="button" onClick={() => void toggle()} aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}>
            {user.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
        <button
          type="button"
          onClick={() => void toggleSafetyOfficer()}
          aria-label={safetyOfficer ? `Remove ${user.name} as safety officer` : `Make ${user.name} a safety officer`}
        >
          {safetyOfficer ? 'Remove safety officer' : 'Make safety officer'}
        </button>
        {resetting ? (
          <form className="admin-form" onSubmit={(e) => void reset(e)} aria-label={`New password for ${user.name}`}>
            <label>
              New password for {user.name}
              <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" minLength={minPasswordLength} />
            </label>
            <button type="submit">Set password</button>
            <button type="button" className="link" onClick={() => setResetting(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setResetting(true)} aria-label={`Reset the password of ${user.name}`}>
            Reset password
          </button>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
