import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { ShieldAlert } from 'lucide-react';
import type { SessionInfo } from '@shared/api/auth.contract';
import { useApi } from '../../host/api-context';
import { defaultServerUrl } from '../../host/host';
import { failureSentence } from '../../ui/plain-error';
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
      setError(failureSentence(e, { serverUrl: serverUrl.trim(), signingIn: true }));
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
    <Center mih="100vh" p="md">
      <Paper component="form" onSubmit={submit} withBorder shadow="sm" p="xl" w="100%" maw={400} aria-labelledby="login-title">
        <Stack gap="md">
          <div>
            <Title order={1} id="login-title">FieldDesk</Title>
            <Text c="dimmed" size="sm">Sign in with the account your administrator gave you.</Text>
          </div>
          <TextInput
            label="Server address"
            value={serverUrl}
            onChange={(e) => {
              setServerUrl(e.target.value);
              setWarning(false);
            }}
            required
          />
          <TextInput label="User name" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required autoFocus />
          <PasswordInput
            label="Password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': 'Show what is typed' }}
          />
          {warning && (
            <Alert role="alert" color="orange" icon={<ShieldAlert size={18} aria-hidden />} title="This connection is not secure.">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  The address starts with http://, so your password and your work would cross the network unencrypted, readable by
                  anyone on the way. Ask your administrator for the https:// address.
                </Text>
                <Button variant="light" color="orange" onClick={signInAnyway}>
                  Sign in anyway
                </Button>
              </Stack>
            </Alert>
          )}
          {error && (
            <Alert role="alert" color="red" className="wrap">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} fullWidth>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
