/** Names of this machine: plain HTTP to them never crosses a network. */
const thisMachine = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Whether signing in to `serverUrl` would send the password over plain HTTP to another machine,
 * where anyone on the network between could read it (and the browser host could not even store
 * data: IndexedDB needs a secure context). Unreadable addresses are left to the sign-in to report.
 */
export function isPlainHttpToAnotherMachine(serverUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serverUrl.trim());
  } catch {
    return false;
  }
  return url.protocol === 'http:' && !thisMachine.has(url.hostname) && !url.hostname.endsWith('.localhost');
}
