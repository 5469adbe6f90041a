import { Validator, type Schema } from '@cfworker/json-schema';

/** Why a value failed its schema: a dotted path to the field (empty for the whole value) and a message. */
export type SchemaViolation = { field: string; message: string };

/** Whether a value is a JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record's own field (never one inherited from its prototype, such as `constructor`). */
export const ownField = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * Validates plain values against an RxJSON/JSON schema. A non-eval validator on purpose: the same
 * code runs on the server, in the main process and in a renderer under a CSP without 'unsafe-eval'.
 */
export function createValidator(schema: object): (value: unknown) => SchemaViolation | null {
  // The validator annotates the schema it is given; RxDB freezes its schemas, so it gets a copy.
  const validator = new Validator(structuredClone(schema) as Schema, '2019-09', true);
  return (value) => {
    let result: ReturnType<Validator['validate']>;
    try {
      result = validator.validate(value);
    } catch (error) {
      // It throws on values JSON cannot hold (undefined, functions): report them, never crash.
      return { field: '', message: error instanceof Error ? error.message : String(error) };
    }
    if (result.valid) return null;
    return describe(result.errors);
  };
}

type OutputUnit = { keyword: string; instanceLocation: string; error: string };

/** The innermost error names the field that is really wrong; outer ones only say "property X failed". */
function describe(errors: readonly OutputUnit[]): SchemaViolation {
  const innermost = [...errors].sort((a, b) => depth(b) - depth(a))[0];
  if (!innermost) return { field: '', message: 'invalid value' };
  const path = innermost.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
  const missing = innermost.keyword === 'required' ? /"([^"]+)"/.exec(innermost.error)?.[1] : undefined;
  const extra = innermost.keyword === 'additionalProperties' ? /"([^"]+)"/.exec(innermost.error)?.[1] : undefined;
  if (missing) return { field: [...path, missing].join('.'), message: `${missing} is required` };
  if (extra) return { field: [...path, extra].join('.'), message: `${extra} is not a known field` };
  return { field: path.join('.'), message: innermost.error };
}

function depth(unit: OutputUnit): number {
  const segments = unit.instanceLocation.split('/').length;
  // A missing or unknown property sits one level below the object that reports it.
  return unit.keyword === 'required' || unit.keyword === 'additionalProperties' ? segments + 0.5 : segments;
}
