/** Keys RxDB keeps beside a document that say nothing about its content. */
const bookkeeping = new Set(['_meta', '_rev', '_attachments']);

/**
 * Whether two document states hold the same content, ignoring RxDB bookkeeping, key order and
 * the fields in `ignore` (server-owned ones such as a work order's number).
 */
export function sameDocument(
  a: Record<string, unknown> | null | undefined,
  b: Record<string, unknown> | null | undefined,
  ignore: readonly string[] = [],
): boolean {
  if (!a || !b) return a === b;
  return canonical(a, new Set(ignore)) === canonical(b, new Set(ignore));
}

/** Whether two field values are equal by content (objects and arrays compared deeply). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown, ignoreTop?: Set<string>): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && !bookkeeping.has(k) && !ignoreTop?.has(k))
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
