import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '@shared/api/auth.contract';
import { ApiError } from '@shared/api/api-error';
import { useApi } from '../../host/api-context';
import { defaultServerUrl } from '../../host/host';

/** First sign-in on this device (needs the network once); later starts open offline. */
export function LoginScreen({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const api = useApi();
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api['auth:login']({ serverUrl: serverUrl.trim(), username: username.trim(), password }));
    } catch (e) {
      setError(e instanceof ApiError && e.kind === 'offline' ? `Cannot reach ${serverUrl}. Check the address and the network.` : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login" onSubmit={(e) => void submit(e)}>
      <h1>FieldDesk</h1>
      <label>
        Server address
        <input value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} required />
      </label>
      <label>
        User name
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
