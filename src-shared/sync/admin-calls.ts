import type { AdminContract } from '../api/admin.contract';
import type { ManagedUser } from './admin-protocol';

/** An authenticated request to the signed-in server (the gateway supplies address, token and errors). */
export type ServerRequest = <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;

/** The admin channels over the admin routes (admin-protocol.ts). */
export function adminCalls(request: ServerRequest): AdminContract {
  const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;
  return {
    'admin:list-users': () => request<ManagedUser[]>('/admin/users'),
    'admin:add-user': (user) => request<ManagedUser>('/admin/users', { method: 'POST', body: user }),
    'admin:change-user': ({ userId, change }) => request<ManagedUser>(userPath(userId), { method: 'PATCH', body: change }),
    'admin:reset-password': async ({ userId, password }) => {
      await request(`${userPath(userId)}/password`, { method: 'POST', body: { password } });
    },
  };
}
