/** An error that answers the request with `status` and `{ error, field }`, after nothing was written. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
