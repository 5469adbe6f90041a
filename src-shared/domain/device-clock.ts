import { isoTime } from '../schema/common';

/**
 * Device clocks are believed up to this far ahead of the server's. Times are kept as the device
 * wrote them (SLA and history need them), but a later one is the server's time on arrival: a
 * laptop whose clock says 2099 would otherwise win every later merge (the later updatedAt wins).
 * Refusing the push instead would strand offline work done on a laptop with a wrong clock.
 */
export const clockToleranceMs = 5 * 60_000;

type Schema = { properties?: Record<string, unknown> };

/**
 * The top-level date-time fields of a schema that record when something happened on a device.
 * Deadlines (`…DueAt`) are left out: they lie in the future by design.
 */
export function deviceTimeFields(schema: Schema): string[] {
  return Object.entries(schema.properties ?? {})
    .filter(([name, property]) => (property as { pattern?: string }).pattern === isoTime.pattern && !name.endsWith('DueAt'))
    .map(([name]) => name);
}

/** Whether `time` (ISO-8601) is later than `now` plus the tolerance. */
export function isAheadOf(time: unknown, now: Date): boolean {
  return typeof time === 'string' && Date.parse(time) > now.getTime() + clockToleranceMs;
}

/** `doc` with each of `fields` that is too far ahead set to `now`, and the names of those fields. */
export function clampDeviceTimes<T extends Record<string, unknown>>(doc: T, fields: readonly string[], now: Date): { doc: T; clamped: string[] } {
  const clamped = fields.filter((field) => isAheadOf(doc[field], now));
  if (clamped.length === 0) return { doc, clamped };
  const at = now.toISOString();
  return { doc: { ...doc, ...Object.fromEntries(clamped.map((field) => [field, at])) }, clamped };
}
