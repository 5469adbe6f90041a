import { isoTime } from '../schema/common';

/**
 * Device clocks are believed up to this far ahead of the server's. Times are kept as the device
 * wrote them (SLA and history need them), but a later one is the server's time on arrival: a
 * laptop whose clock says 2099 would otherwise win every later merge (the later updatedAt wins).
 * Refusing the push instead would strand offline work done on a laptop with a wrong clock.
 */
export const clockToleranceMs = 5 * 60_000;

type Schema = { type?: unknown; pattern?: string; properties?: Record<string, unknown> };

/**
 * The date-time fields of a schema that record when something happened on a device, as paths
 * (`updatedAt`, `statusChange.at`): a nested time feeds the SLA clock as much as a top-level one.
 * Deadlines (`…DueAt`) are left out: they lie in the future by design.
 */
export function deviceTimeFields(schema: Schema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const property = value as Schema;
    if (property.pattern === isoTime.pattern) return name.endsWith('DueAt') ? [] : [prefix + name];
    return property.properties ? deviceTimeFields(property, `${prefix}${name}.`) : [];
  });
}

/** The value at a dotted path of `doc`. */
export function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), doc);
}

/** A copy of `doc` with the value at a dotted path replaced; a path through nothing is left alone. */
export function withValueAt<T extends Record<string, unknown>>(doc: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...doc, [key]: value };
  const inner = doc[key];
  if (!inner || typeof inner !== 'object') return doc;
  return { ...doc, [key]: withValueAt(inner as Record<string, unknown>, rest.join('.'), value) };
}

/** Whether `time` (ISO-8601) is later than `now` plus the tolerance. */
export function isAheadOf(time: unknown, now: Date): boolean {
  return typeof time === 'string' && Date.parse(time) > now.getTime() + clockToleranceMs;
}

/** `doc` with each of `fields` that is too far ahead set to `now`, and the names of those fields. */
export function clampDeviceTimes<T extends Record<string, unknown>>(doc: T, fields: readonly string[], now: Date): { doc: T; clamped: string[] } {
  const clamped = fields.filter((field) => isAheadOf(valueAt(doc, field), now));
  const at = now.toISOString();
  return { doc: clamped.reduce((next, field) => withValueAt(next, field, at), doc), clamped };
}
