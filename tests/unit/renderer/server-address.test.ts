import { describe, expect, it } from 'vitest';
import { isPlainHttpToAnotherMachine } from '../../../src-renderer/features/login/server-address';

describe('the plain-HTTP sign-in warning', () => {
  it.each([
    ['http://192.168.1.20:8787', true],
    ['http://fielddesk.county.example', true],
    ['  http://10.0.0.5:8787/  ', true],
    ['https://fielddesk.county.example', false],
    ['http://127.0.0.1:8787', false],
    ['http://localhost:8787', false],
    ['http://[::1]:8787', false],
    ['http://app.localhost:5173', false],
    ['not an address', false],
  ])('%s: warn %s', (url, warn) => {
    expect(isPlainHttpToAnotherMachine(url)).toBe(warn);
  });
});
