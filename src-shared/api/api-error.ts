/**
 * Why a FieldDeskApi call failed, in terms the UI acts on:
 * offline (keep working, it retries), expired (ask for the password again), rejected (bad input:
 * show `field`), forbidden (the role may not do this), server (the server failed; retry later).
 */
export type ApiErrorKind = 'offline' | 'expired' | 'rejected' | 'forbidden' | 'server';

/**
 * `status`: the HTTP status the server answered with, when it answered (409: a value already
 * taken). `limit`: on a 413, the largest request body the server accepts, in bytes.
 */
export type ApiErrorData = { kind: ApiErrorKind; message: string; field?: string; documentId?: string; status?: number; limit?: number };

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly field?: string;
  readonly documentId?: string;
  readonly status?: number;
  readonly limit?: number;
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.kind = data.kind;
    if (data.field !== undefined) this.field = data.field;
    if (data.documentId !== undefined) this.documentId = data.documentId;
    if (data.status !== undefined) this.status = data.status;
    if (data.limit !== undefined) this.limit = data.limit;
  }
  toData(): ApiErrorData {
    return {
      kind: this.kind,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.documentId === undefined ? {} : { documentId: this.documentId }),
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.limit === undefined ? {} : { limit: this.limit }),
    };
  }
}

/** Any thrown value as an ApiError (unknown failures count as the server's). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ kind: 'server', message: error instanceof Error ? error.message : String(error) });
}
