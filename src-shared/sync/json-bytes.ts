const encoder = new TextEncoder();

/** The size of a value sent as JSON, in bytes of UTF-8: what a server's request size limit counts. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
