import { ApiError } from '../api/api-error';
import type { ApiErrorBody } from './protocol';

export type FetchLike = typeof fetch;

/**
 * Turns a failed fetch into an ApiError: no answer, or an answer cut off half-way, is `offline`;
 * 401 `expired`, 403 `forbidden`, other 4xx `rejected`.
 */
export async function requestJson<T>(
  fetchImpl: FetchLike,
  url: string,
  init: { method?: string; token?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await sendRequest(fetchImpl, url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (response.ok) return readAnswer<T>(response);
  throw await errorOf(response);
}

/** A bare request (bytes up or down): no answer at all is `offline`, like `requestJson`. */
export async function sendRequest(fetchImpl: FetchLike, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchImpl(url, init);
  } catch (error) {
    throw new ApiError({ kind: 'offline', message: `cannot reach the central server (${describe(error)})` });
  }
}

/** The ApiError a failed answer stands for: 401 `expired`, 403 `forbidden`, other 4xx `rejected`, 5xx `server`. */
export async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  const message = body?.error ?? `the server answered ${response.status}`;
  const kind = response.status === 401 ? 'expired' : response.status === 403 ? 'forbidden' : response.status < 500 ? 'rejected' : 'server';
  return new ApiError({
    kind,
    message,
    status: response.status,
    ...(body?.field === undefined ? {} : { field: body.field }),
    ...(body?.id === undefined ? {} : { documentId: body.id }),
    ...(typeof body?.limit === 'number' ? { limit: body.limit } : {}),
  });
}

async function readAnswer<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch (error) {
    // fetch reports a body that stopped arriving as a TypeError; anything else is a bad answer.
    if (error instanceof TypeError) throw new ApiError({ kind: 'offline', message: `the connection to the central server broke off (${describe(error)})` });
    throw new ApiError({ kind: 'server', message: `the central server sent an unreadable answer (${describe(error)})` });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return cause ? `${error.message}: ${cause}` : error.message;
  }
  return String(error);
}
