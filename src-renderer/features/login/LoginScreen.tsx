import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '@shared/api/auth.contract';
import { ApiError } from '@shared/api/api-error';
import { useApi } from '../../host/api-context';
import { defaultServerUrl } from '../../host/host';
import { isPlainHttpToAnotherMachine } from './server-address';

/** First sign-in on this device (needs the network once); later starts open offline. */
export function LoginScreen({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const api = useApi();
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The address the user chose to sign in to over plain HTTP after the warning (none yet).
  const [acceptedPlainHttp, setAcceptedPlainHttp] = useState<string | null>(null);
  const [warning, setWarning] = useState(false);

  const signIn = async () => {
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isPlainHttpToAnotherMachine(serverUrl) && acceptedPlainHttp !== serverUrl.trim()) return setWarning(true);
    void signIn();
  };

  const signInAnyway = () => {
    setAcceptedPlainHttp(serverUrl.trim());
    setWarning(false);
    void signIn();
  };

  return (
    <form className="login" onSubmit={submit}>
      <h1>FieldDesk</h1>
      <label>
        Server address
        <input
          value={serverUrl}
          onChange={(e) => {
            setServerUrl(e.target.value);
            setWarning(false);
          }}
          required
        />
      </label>
      <label>
        User name
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
      </label>
      {warning && (
        <div role="alert" className="warning">
          <p>
            <strong>This connection is not secure.</strong> The address starts with http://, so your password and your work
            would cross the network unencrypted, readable by anyone on the way. Ask your administrator for the https:// address.
          </p>
          <button type="button" onClick={signInAnyway}>
            Sign in anyway
          </button>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
