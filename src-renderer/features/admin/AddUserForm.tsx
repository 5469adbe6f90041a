import { useState, type FormEvent } from 'react';
import { roles, type Role } from '@shared/schema/user.schema';
import { checkNewUser, minPasswordLength, type ManagedUser, type NewUser } from '@shared/sync/admin-protocol';
import { useApi } from '../../host/api-context';
import { plainError, sentence } from '../../ui/plain-error';
import { adminFailureWords, roleLabels } from './labels';

const empty = { name: '', username: '', role: 'technician' as Role, level: 1, password: '', safetyOfficer: false };

/** Adds a user who can sign in at once with the password the admin gives them. */
export function AddUserForm({ onAdded }: { onAdded: (user: ManagedUser) => void }) {
  const api = useApi();
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: NewUser = {
      name: form.name.trim(),
      username: form.username.trim(),
      role: form.role,
      level: form.level,
      password: form.password,
      ...(form.safetyOfficer ? { permissions: ['safety-officer'] } : {}),
    };
    // The server checks the same rules; checking here too gives the message before any request.
    const violation = checkNewUser(input);
    if (violation) return setError(sentence(violation.message));
    setBusy(true);
    try {
      onAdded(await api['admin:add-user'](input));
      setForm(empty);
      setError(null);
    } catch (e) {
      setError(plainError(e, adminFailureWords));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-label="Add a user">
      <label>
        Full name
        <input value={form.name} onChange={(e) => set('name', e.target.value)} maxLength={120} />
      </label>
      <label>
        User name
        <input value={form.username} onChange={(e) => set('username', e.target.value)} maxLength={40} autoComplete="off" />
      </label>
      <label>
        Role
        <select value={form.role} onChange={(e) => set('role', e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Support level
        <select value={form.level} onChange={(e) => set('level', Number(e.target.value))}>
          {[1, 2, 3].map((l) => (
            <option key={l} value={l}>
              Level {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Password
        <input type="password" value={form.password} onChange={(e) => set('password', e.target.value)} autoComplete="new-password" minLength={minPasswordLength} />
      </label>
      <label className="check">
        <input type="checkbox" checked={form.safetyOfficer} onChange={(e) => set('safetyOfficer', e.target.checked)} /> Safety officer
      </label>
      <button type="submit" disabled={busy}>
        Add user
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
