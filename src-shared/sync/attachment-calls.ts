import { ApiError } from '../api/api-error';
import type { AttachmentsContract } from '../api/attachments.contract';
import { isAttachmentMime } from '../schema/attachment.schema';
import { errorOf, sendRequest, type FetchLike } from './http-client';
import { maxBodyBytes } from './protocol';

/** How the gateway lends a call its server, token and connection bookkeeping. */
export type Authorised = <T>(run: (s: { serverUrl: string; token: string }) => Promise<T>) => Promise<T>;

const contentPath = (serverUrl: string, id: string) => `${serverUrl}/attachments/${encodeURIComponent(id)}/content`;

/**
 * The attachment channels over `PUT` / `GET /attachments/<id>/content`, the bytes as the body.
 * A JSON schema cannot describe a Uint8Array, so the argument's bytes are checked here, where
 * every host's call arrives (the preload's IPC and the browser host alike); the server holds the
 * real limit (a setting) and answers 413 beyond it.
 */
export function attachmentCalls(fetchImpl: FetchLike, authorised: Authorised): AttachmentsContract {
  return {
    'attachments:upload': ({ id, mime, bytes }) => {
      if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0 || bytes.byteLength > maxBodyBytes) {
        throw new ApiError({ kind: 'rejected', message: 'attachments:upload: bytes must be a non-empty Uint8Array', field: 'bytes' });
      }
      return authorised(async (s) => {
        const response = await sendRequest(fetchImpl, contentPath(s.serverUrl, id), {
          method: 'PUT',
          headers: { authorization: `Bearer ${s.token}`, 'content-type': mime },
          body: bytes as Uint8Array<ArrayBuffer>,
        });
        if (!response.ok) throw await errorOf(response);
        return (await response.json()) as { uploadedAt: string };
      });
    },
    'attachments:download': ({ id }) =>
      authorised(async (s) => {
        const response = await sendRequest(fetchImpl, contentPath(s.serverUrl, id), { headers: { authorization: `Bearer ${s.token}` } });
        if (!response.ok) throw await errorOf(response);
        const mime = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        if (!isAttachmentMime(mime)) throw new ApiError({ kind: 'server', message: `the server sent content of type ${mime}` });
        const bytes = await response.arrayBuffer().catch((error: unknown) => {
          throw new ApiError({ kind: 'offline', message: `the download broke off (${error instanceof Error ? error.message : String(error)})` });
        });
        return { mime, bytes: new Uint8Array(bytes) };
      }),
  };
}
