import { createInterface } from 'node:readline/promises';

/**
 * Reads a password from standard input (typed, or piped by a script), so it never appears in the
 * shell history or the process list. The prompt goes to standard error, away from piped output.
 */
export async function readPassword(prompt: string): Promise<string> {
  const input = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const password = (await input.question(prompt)).trim();
  input.close();
  return password;
}
