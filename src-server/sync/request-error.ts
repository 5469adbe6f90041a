/** An error that answers the request with `status` and `{ error, field }`, after nothing was written. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** The document of a push batch that caused the refusal, so the client can set it aside. */
    readonly documentId?: string,
  ) {
    super(message);
  }
}
