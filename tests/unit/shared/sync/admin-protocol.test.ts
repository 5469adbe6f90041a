import { describe, expect, it } from 'vitest';
import { checkNewUser, checkPasswordReset, checkUserChange } from '@shared/sync/admin-protocol';

const good = { username: 'oscar', name: 'Oscar Perez', role: 'technician', level: 1, password: 'long enough' };

describe('the admin bodies', () => {
  it('accept a complete new user, a change and a password', () => {
    expect(checkNewUser(good)).toBeNull();
    expect(checkNewUser({ ...good, permissions: ['safety-officer'] })).toBeNull();
    expect(checkUserChange({ disabled: true })).toBeNull();
    expect(checkPasswordReset({ password: 'long enough' })).toBeNull();
  });

  it.each([
    [{ ...good, username: 'Oscar' }, 'username', /lowercase letters/],
    [{ ...good, username: 'o' }, 'username', /2 to 40 characters/],
    [{ ...good, name: '   ' }, 'name', /name is required/],
    [{ ...good, level: 0 }, 'level', /^level must be 1, 2 or 3$/],
    [{ ...good, role: 'root' }, 'role', /^role must be one of technician, supervisor, admin$/],
    [{ ...good, password: 'seven77' }, 'password', /^password must be 8 to 200 characters$/],
    [{ username: 'oscar', name: 'Oscar', role: 'admin', level: 3 }, 'password', /^password is required: password must be/],
    [{ ...good, isRoot: true }, 'isRoot', /^isRoot is not a known field$/],
    [[good], '', /must be a JSON object/],
  ])('refuse %o in plain words, naming the field', (body, field, message) => {
    const violation = checkNewUser(body);
    expect(violation?.field).toBe(field);
    expect(violation?.message).toMatch(message);
  });

  it('refuse a change that changes nothing, or an unknown one', () => {
    expect(checkUserChange({})).toEqual({ field: '', message: 'say what to change' });
    expect(checkUserChange({ password: 'x' })).toEqual({ field: 'password', message: 'password is not a known field' });
    expect(checkUserChange({ disabled: 'yes' })).toEqual({ field: 'disabled', message: 'disabled must be true or false' });
  });
});
